//! Import: bring in the LinkedIn export, XING vCards and the analytics workbook.

use super::app::Action;

/// Draws Import.
pub fn import_ui(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.heading("Import");
    let _ = actions;
}
