//! Pipeline: people who follow me but are not connected, and redirected people.

use super::app::Action;
use super::theme;
use crate::domain::contact_row::ContactRow;
use crate::store::Store;

/// Draws Pipeline.
pub fn pipeline_ui(
    ui: &mut egui::Ui,
    rows: &[ContactRow],
    store: &Store,
    actions: &mut Vec<Action>,
) {
    ui.heading("Pipeline");
    let mut people: Vec<&ContactRow> = rows
        .iter()
        .filter(|r| {
            r.platforms
                .iter()
                .any(|(_, rel)| rel.follower_only() || rel.redirected)
        })
        .collect();
    people.sort_by_key(|r| std::cmp::Reverse(r.last_interaction));
    if people.is_empty() {
        ui.label("Nobody follows you without being connected yet, and nobody was redirected.");
        return;
    }
    ui.label(
        egui::RichText::new(format!(
            "{} people, most recent interaction first",
            people.len()
        ))
        .color(theme::MUTED),
    );
    let _ = store;
    egui::ScrollArea::vertical().show_rows(ui, theme::ROW_HEIGHT, people.len(), |ui, range| {
        for r in &people[range] {
            if ui.link(&r.name).clicked() {
                actions.push(Action::Open(r.id));
            }
        }
    });
}
