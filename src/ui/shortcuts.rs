//! Keyboard shortcuts, one `const` each, so menus, tooltips and handlers share them.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::t;

pub const FOCUS_SEARCH: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Enter);
pub const BACK: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Escape);
pub const NEXT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::ArrowDown);
pub const PREVIOUS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::ArrowUp);
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);

/// "Ctrl+F" (or "⌘F") for tooltips.
#[must_use]
pub fn text(ctx: &egui::Context, s: &KeyboardShortcut) -> String {
    ctx.format_shortcut(s)
}

/// A tooltip with the shortcut on its own line; `what` is already in the active language.
#[must_use]
pub fn tooltip(ctx: &egui::Context, what: &str, s: &KeyboardShortcut) -> String {
    t!(
        "contacts-shortcut-tooltip",
        what = what,
        keys = text(ctx, s)
    )
}
