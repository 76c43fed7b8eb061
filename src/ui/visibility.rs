//! Visibility: who can see my posts on each platform, and how the platforms differ.

use super::theme;
use crate::store::Store;

/// Draws Visibility.
pub fn visibility_ui(ui: &mut egui::Ui, store: &Store) {
    ui.heading("Visibility");
    platform_rules_ui(ui, store);
}

/// How to show one rule of a platform.
type RuleText = fn(&crate::domain::PlatformRule) -> String;

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_owned()
}

/// "How LinkedIn and XING differ": the platform rules as data, and the article's two
/// misconceptions with what is true instead.
pub fn platform_rules_ui(ui: &mut egui::Ui, store: &Store) {
    ui.strong("How the platforms differ");
    let rules = store.rules().all();
    egui::Grid::new("platform-rules")
        .striped(true)
        .num_columns(rules.len() + 1)
        .show(ui, |ui| {
            ui.label("");
            for r in rules {
                ui.strong(&r.name);
            }
            ui.end_row();
            let rows: [(&str, RuleText); 6] = [
                ("Follow a person without connecting", |r| {
                    yes_no(r.follow_without_connecting)
                }),
                ("Followers see your posts", |r| {
                    yes_no(r.followers_see_posts)
                }),
                ("Connections see your posts", |r| {
                    yes_no(r.connections_see_posts)
                }),
                ("A connection can hide you, silently", |r| {
                    yes_no(r.silent_hide)
                }),
                ("You see your new followers", |r| {
                    yes_no(r.shows_new_followers)
                }),
                ("Export of connections", |r| r.bulk_export.clone()),
            ];
            for (label, get) in rows {
                ui.label(label);
                for r in rules {
                    ui.label(get(r));
                }
                ui.end_row();
            }
        });
    ui.add_space(theme::SECTION_GAP);
    ui.strong("Two misconceptions");
    ui.label("“You cannot lose followers.” — You can, and nobody tells you. Connections can hide your posts for good.");
    ui.label("“On LinkedIn you must be connected to see someone's posts.” — No: anyone can follow you. Answer a vague request with “follow me instead”.");
}
