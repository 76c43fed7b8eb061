//! Colours, spacing and sizes in one place. Light and dark follow the system; colours
//! here are picked to read on both.

use egui::Color32;

use crate::domain::{ConnectionState, Relationship};

/// Width of the navigation panel.
pub const NAV_WIDTH: f32 = 150.0;
/// Height of a table row.
pub const ROW_HEIGHT: f32 = 22.0;
/// Space between sections of a page.
pub const SECTION_GAP: f32 = 14.0;

pub const CONNECTED: Color32 = Color32::from_rgb(0x2e, 0x9d, 0x5b);
pub const FOLLOWER: Color32 = Color32::from_rgb(0x3a, 0x7b, 0xd5);
pub const PENDING: Color32 = Color32::from_rgb(0xd9, 0x8a, 0x1c);
pub const REDIRECTED: Color32 = Color32::from_rgb(0x8e, 0x5c, 0xc9);
pub const MUTED: Color32 = Color32::from_rgb(0x88, 0x88, 0x88);
pub const WARNING: Color32 = Color32::from_rgb(0xd0, 0x5a, 0x2a);

/// A relationship's short label (in the active language) and colour for tables.
#[must_use]
pub fn relationship_badge(r: &Relationship) -> (String, Color32) {
    let color = match r.state {
        ConnectionState::Connected => CONNECTED,
        ConnectionState::RequestReceived | ConnectionState::RequestSent => PENDING,
        _ if r.follows_me => FOLLOWER,
        _ if r.redirected => REDIRECTED,
        ConnectionState::Removed | ConnectionState::None => MUTED,
    };
    (r.badge_label(), color)
}

/// A tag's colour from its `#rrggbb` text (grey when unreadable).
#[must_use]
pub fn tag_color(hex: &str) -> Color32 {
    let parse =
        |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("88"), 16).unwrap_or(0x88);
    if hex.len() == 7 {
        Color32::from_rgb(parse(1), parse(3), parse(5))
    } else {
        MUTED
    }
}

/// Applies followdesk's spacing on top of egui's defaults.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
    });
}

/// Below this width of a view's area, two columns stack (one under the other).
pub const STACK_BELOW: f32 = 900.0;

/// Whether `ui` is too narrow for two columns side by side.
#[must_use]
pub fn narrow(ui: &egui::Ui) -> bool {
    ui.available_width() < STACK_BELOW
}
