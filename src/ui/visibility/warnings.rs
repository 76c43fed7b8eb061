//! The warnings at the top of Visibility, one framed box each: recent posts leaning
//! promotional (the article's reason people hide you), and recent posts for connections
//! only that the followers who are not connections never saw.

use super::super::theme;
use crate::domain::PlatformRules;
use crate::domain::metrics::{ContentMix, MixParams, PlatformVisibility};
use crate::i18n;
use crate::t;

/// Both warnings, for the platforms they apply to; nothing when none does.
pub fn warnings_ui(
    ui: &mut egui::Ui,
    mix: &[ContentMix],
    vis: &[PlatformVisibility],
    rules: &PlatformRules,
) {
    let days = MixParams::default().window_days;
    let promotional: Vec<String> = mix
        .iter()
        .filter(|m| m.turning_promotional)
        .map(|m| {
            t!(
                "visibility-promotional-warning",
                platform = rules.name_of(&m.platform),
                share = i18n::percent(m.recent.promotional_share().unwrap_or(0.0)),
                days = days
            )
        })
        .collect();
    box_ui(ui, &promotional, &t!("visibility-promotional-explain"));
    let unseen: Vec<String> = mix
        .iter()
        .filter_map(|m| {
            let v = vis.iter().find(|v| v.platform == m.platform)?;
            let followers = m.followers_missing_posts(v)?;
            Some(t!(
                "visibility-connections-only-warning",
                platform = rules.name_of(&m.platform),
                count = m.recent_connections_only,
                total = m.recent.total(),
                days = days,
                followers = followers
            ))
        })
        .collect();
    box_ui(ui, &unseen, &t!("visibility-connections-only-explain"));
}

/// One warning box: a line per platform, then what to do about it.
fn box_ui(ui: &mut egui::Ui, lines: &[String], explain: &str) {
    if lines.is_empty() {
        return;
    }
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, theme::WARNING))
        .show(ui, |ui| {
            for line in lines {
                ui.label(
                    egui::RichText::new(line.as_str())
                        .color(theme::WARNING)
                        .strong(),
                );
            }
            ui.label(explain);
        });
}
