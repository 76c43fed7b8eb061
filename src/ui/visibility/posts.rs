//! "Your posts on <platform>": my posts on the selected platform, newest first, each with
//! its date, its kind to correct (posts imported from `Shares.csv` come in as relevant: the
//! export does not say), where it came from and whether it was for connections only, how
//! it began, and a button to delete it
//! (Ctrl+Z brings it back). Virtualized, since there can be thousands; read from the store
//! when the snapshot or the platform changes, not every frame.

use super::super::app::Action;
use super::super::theme;
use super::charts::kind_color;
use super::post_form::kind_label;
use crate::domain::command::Command;
use crate::domain::{PlatformRule, PostAudience, PostKind, PostLine};
use crate::i18n;
use crate::store::{Store, StoreError};
use crate::t;

/// Rows shown at once before the list scrolls.
const VISIBLE_ROWS: f32 = 10.0;
const DATE_WIDTH: f32 = 95.0;
const KIND_WIDTH: f32 = 130.0;
const SOURCE_WIDTH: f32 = 230.0;
const DELETE_WIDTH: f32 = 70.0;

/// What the user did to one post of the list.
enum RowChange {
    Kind(PostKind),
    Delete,
}

/// The posts of one platform, as last read from the store.
#[derive(Debug, Default)]
pub struct PostList {
    /// What the lines were read for: the snapshot's generation and the platform key.
    read_for: Option<(u64, String)>,
    lines: Vec<PostLine>,
    /// Why they could not be read (worded when shown, in the language of the moment).
    error: Option<StoreError>,
}

impl PostList {
    /// Reads the posts of `platform` again when the snapshot or the platform changed.
    fn refresh(&mut self, store: &Store, platform: &str, generation: u64) {
        if self
            .read_for
            .as_ref()
            .is_some_and(|(g, p)| *g == generation && p == platform)
        {
            return;
        }
        match store.post_lines(platform) {
            Ok(lines) => {
                self.lines = lines;
                self.error = None;
            }
            Err(e) => {
                self.lines.clear();
                self.error = Some(e);
            }
        }
        self.read_for = Some((generation, platform.to_owned()));
    }
}

/// The posts section of one platform; a changed kind pushes `SetPostKind`, a deleted post
/// `DeletePost`.
pub fn posts_ui(
    ui: &mut egui::Ui,
    list: &mut PostList,
    rule: &PlatformRule,
    generation: u64,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    list.refresh(store, &rule.key, generation);
    let name = rule.name.as_str();
    ui.strong(t!(
        "visibility-posts-title",
        platform = name,
        count = list.lines.len()
    ));
    if let Some(e) = &list.error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            t!("visibility-posts-failed", error = e.to_string()),
        );
        return;
    }
    if list.lines.is_empty() {
        ui.label(t!("visibility-posts-empty", platform = name));
        return;
    }
    ui.label(egui::RichText::new(t!("visibility-posts-hint")).color(theme::MUTED));
    let height = (theme::ROW_HEIGHT + ui.spacing().item_spacing.y) * VISIBLE_ROWS;
    // Inside the page's own scroll area a nested one gets only what is left of the window
    // unless told otherwise: the list keeps its ten rows wherever the page is scrolled.
    egui::ScrollArea::vertical()
        .id_salt(("visibility-posts", rule.key.as_str()))
        .min_scrolled_height(height)
        .max_height(height)
        .auto_shrink([false, true])
        .show_rows(ui, theme::ROW_HEIGHT, list.lines.len(), |ui, range| {
            for line in &mut list.lines[range] {
                match row_ui(ui, line) {
                    Some(RowChange::Kind(kind)) => {
                        actions.push(Action::Apply(Command::SetPostKind {
                            post: line.id,
                            kind,
                        }));
                        // Shown at once; the list is read again after the change.
                        line.kind = kind;
                    }
                    Some(RowChange::Delete) => {
                        actions.push(Action::Apply(Command::DeletePost(line.id)));
                    }
                    None => {}
                }
            }
        });
}

/// One post: date, kind, source, a delete button, and its text or link. The kind box is
/// named by the date and the text, and the button says which post it deletes, so a screen
/// reader (and a test) can tell them apart. Returns what the user changed.
fn row_ui(ui: &mut egui::Ui, line: &PostLine) -> Option<RowChange> {
    let size = egui::vec2(ui.available_width(), theme::ROW_HEIGHT);
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(size, layout, |ui| {
        let date = cell(ui, DATE_WIDTH, |ui| {
            ui.label(i18n::local_date(&line.posted_at))
        });
        let mut chosen = line.kind;
        let combo = egui::ComboBox::from_id_salt(("post-kind", line.id.0))
            .selected_text(egui::RichText::new(kind_label(line.kind)).color(kind_color(line.kind)))
            .width(KIND_WIDTH)
            .show_ui(ui, |ui| {
                for k in PostKind::ALL {
                    ui.selectable_value(&mut chosen, k, kind_label(k));
                }
            })
            .response;
        let mut source = if line.imported() {
            t!("visibility-posts-imported")
        } else {
            t!("visibility-posts-by-hand")
        };
        if line.audience == PostAudience::Connections {
            source = t!("visibility-posts-connections-only", source = source);
        }
        cell(ui, SOURCE_WIDTH, |ui| {
            ui.label(egui::RichText::new(source).color(theme::MUTED))
        });
        let delete = cell(ui, DELETE_WIDTH, |ui| {
            ui.small_button(t!("visibility-posts-delete"))
        });
        let what = what_ui(ui, line);
        let _ = combo.labelled_by(date.id).labelled_by(what.id);
        let delete = delete
            .on_hover_text(t!("visibility-posts-delete-tooltip"))
            .on_hover_cursor(egui::CursorIcon::PointingHand);
        delete.widget_info(|| {
            let what = if !line.excerpt.is_empty() {
                line.excerpt.clone()
            } else if !line.url.is_empty() {
                line.url.clone()
            } else {
                t!("visibility-posts-no-text")
            };
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                t!(
                    "visibility-posts-delete-named",
                    date = i18n::local_date(&line.posted_at),
                    what = what
                ),
            )
        });
        if delete.clicked() {
            Some(RowChange::Delete)
        } else {
            (chosen != line.kind).then_some(RowChange::Kind(chosen))
        }
    })
    .inner
}

/// A column of a row, `width` wide whatever it holds, its content left-aligned.
fn cell(
    ui: &mut egui::Ui,
    width: f32,
    add: impl FnOnce(&mut egui::Ui) -> egui::Response,
) -> egui::Response {
    let size = egui::vec2(width, theme::ROW_HEIGHT);
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(size, layout, |ui| {
        ui.set_min_width(width);
        add(ui)
    })
    .inner
}

/// The start of the post's text, else its link, else a note that it has neither.
fn what_ui(ui: &mut egui::Ui, line: &PostLine) -> egui::Response {
    if !line.excerpt.is_empty() {
        let r = ui.add(egui::Label::new(line.excerpt.as_str()).truncate());
        if line.url.is_empty() {
            r
        } else {
            r.on_hover_text(line.url.as_str())
        }
    } else if !line.url.is_empty() {
        ui.hyperlink_to(line.url.as_str(), line.url.as_str())
    } else {
        ui.label(egui::RichText::new(t!("visibility-posts-no-text")).color(theme::MUTED))
    }
}
