//! The Contacts view: a virtualized, sortable table with search-as-you-type (FTS5) and
//! filters by platform, relationship state and tags, and a status line with the count.

use egui_extras::{Column, TableBuilder};
use serde::{Deserialize, Serialize};

use super::app::Action;
use super::{shortcuts, theme};
use crate::domain::ContactId;
use crate::domain::contact_row::{
    ContactRow, RowFilter, RowsById, SortKey, StateFilter, sort_order,
};
use crate::store::Store;
use crate::{i18n, t};

/// What the Contacts view remembers across restarts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactsPrefs {
    pub sort: SortKey,
    pub descending: bool,
    pub filter: RowFilter,
}

/// The view's state: search text, the rows it shows, the selection.
#[derive(Debug, Default)]
pub struct ContactsView {
    pub search: String,
    /// Indices into the app's rows, filtered and sorted.
    pub visible: Vec<usize>,
    pub selected: Option<ContactId>,
    /// Set when search, filter, sort or the rows change; cleared by [`Self::refresh`].
    pub dirty: bool,
    /// Why the last search failed (the store's words; the sentence around it is drawn in
    /// the active language).
    pub error: Option<String>,
    pub focus_search: bool,
    scroll_to_selected: bool,
    /// Every tag, for the tag filter; re-read on refresh, not every frame.
    tags: Vec<crate::domain::Tag>,
    /// Every row's position in the current sort order. A search or filter only filters
    /// it; it is sorted again only when the rows or the sort change.
    order: Vec<usize>,
    /// The sort (`key`, descending) `order` is in; `None` when the rows changed since.
    order_for: Option<(SortKey, bool)>,
    /// Row positions by id, for turning search hits into rows; rebuilt with the rows.
    by_id: RowsById,
}

impl ContactsView {
    /// The app's rows changed (loaded, edited, added, removed): sort again on refresh.
    pub fn rows_changed(&mut self) {
        self.order_for = None;
        self.dirty = true;
    }

    /// Re-runs search and filter over the sorted rows (sorting first if the rows or the
    /// sort changed). Called when something changed, not every frame.
    pub fn refresh(&mut self, store: &Store, rows: &[ContactRow], prefs: &ContactsPrefs) {
        self.dirty = false;
        self.error = None;
        self.tags = store.all_tags().unwrap_or_default();
        let sort = (prefs.sort, prefs.descending);
        if self.order_for != Some(sort) || self.order.len() != rows.len() {
            if self.order_for.is_none() || self.by_id.len() != rows.len() {
                self.by_id = RowsById::new(rows);
            }
            let keys: Vec<String> = store.rules().keys().map(str::to_owned).collect();
            self.order = sort_order(rows, prefs.sort, !prefs.descending, &keys);
            self.order_for = Some(sort);
        }
        let hits: Option<Vec<bool>> = if self.search.trim().is_empty() {
            None
        } else {
            match store.search_ids_unranked(&self.search) {
                Ok(ids) => Some(self.by_id.mark(&ids)),
                Err(e) => {
                    self.error = Some(e.to_string());
                    Some(vec![false; rows.len()])
                }
            }
        };
        let filter = &prefs.filter;
        self.visible.clear();
        self.visible.extend(self.order.iter().copied().filter(|&i| {
            hits.as_ref().is_none_or(|h| h[i]) && (filter.is_empty() || filter.matches(&rows[i]))
        }));
    }

    fn selected_pos(&self, rows: &[ContactRow]) -> Option<usize> {
        let id = self.selected?;
        self.visible.iter().position(|&i| rows[i].id == id)
    }

    fn move_selection(&mut self, rows: &[ContactRow], delta: isize) {
        if self.visible.is_empty() {
            return;
        }
        let next = match self.selected_pos(rows) {
            None => 0,
            Some(p) => p.saturating_add_signed(delta).min(self.visible.len() - 1),
        };
        self.selected = Some(rows[self.visible[next]].id);
        self.scroll_to_selected = true;
    }
}

/// Draws the Contacts view.
pub fn contacts_ui(
    ui: &mut egui::Ui,
    view: &mut ContactsView,
    prefs: &mut ContactsPrefs,
    rows: &[ContactRow],
    store: &Store,
    loading: bool,
    actions: &mut Vec<Action>,
) {
    keyboard(ui, view, rows, actions);
    if !loading && rows.is_empty() {
        super::empty::no_contacts_ui(ui, actions);
        return;
    }
    toolbar_ui(ui, view, prefs, store);
    filter_ui(ui, view, prefs, store);
    if view.dirty {
        view.refresh(store, rows, prefs);
    }
    ui.horizontal(|ui| {
        let text = if loading {
            t!("contacts-loading")
        } else if view.search.trim().is_empty() && prefs.filter.is_empty() {
            t!("contacts-count", count = rows.len())
        } else {
            t!(
                "contacts-matching",
                shown = view.visible.len(),
                total = rows.len()
            )
        };
        ui.label(egui::RichText::new(text).color(theme::MUTED));
        if let Some(e) = &view.error {
            ui.colored_label(
                ui.visuals().error_fg_color,
                t!("contacts-search-failed", error = e.as_str()),
            );
        }
    });
    ui.separator();
    if !loading && view.visible.is_empty() {
        ui.add_space(20.0);
        ui.vertical_centered(|ui| {
            ui.label(t!("contacts-no-match"));
            if ui.button(t!("contacts-clear-all")).clicked() {
                view.search.clear();
                prefs.filter = RowFilter::default();
                view.dirty = true;
            }
        });
        return;
    }
    table_ui(ui, view, prefs, rows, store, actions);
}

fn keyboard(
    ui: &egui::Ui,
    view: &mut ContactsView,
    rows: &[ContactRow],
    actions: &mut Vec<Action>,
) {
    let (down, up, open, find) = ui.input_mut(|i| {
        (
            i.consume_shortcut(&shortcuts::NEXT),
            i.consume_shortcut(&shortcuts::PREVIOUS),
            i.consume_shortcut(&shortcuts::OPEN),
            i.consume_shortcut(&shortcuts::FOCUS_SEARCH),
        )
    });
    if find {
        view.focus_search = true;
    }
    if down {
        view.move_selection(rows, 1);
    }
    if up {
        view.move_selection(rows, -1);
    }
    if open && let Some(id) = view.selected {
        actions.push(Action::Open(id));
    }
}

fn toolbar_ui(
    ui: &mut egui::Ui,
    view: &mut ContactsView,
    prefs: &mut ContactsPrefs,
    store: &Store,
) {
    let _ = store;
    ui.horizontal(|ui| {
        let label = ui.label(t!("contacts-search"));
        let resp = ui
            .add(
                egui::TextEdit::singleline(&mut view.search)
                    .hint_text(t!("contacts-search-hint"))
                    .desired_width(320.0),
            )
            .labelled_by(label.id)
            .on_hover_text(shortcuts::tooltip(
                ui.ctx(),
                &t!("contacts-search-tooltip"),
                &shortcuts::FOCUS_SEARCH,
            ));
        if view.focus_search {
            resp.request_focus();
            view.focus_search = false;
        }
        if resp.changed() {
            view.dirty = true;
        }
        if !view.search.is_empty() && ui.button(t!("contacts-clear")).clicked() {
            view.search.clear();
            view.dirty = true;
        }
        let _ = prefs;
    });
}

fn filter_ui(ui: &mut egui::Ui, view: &mut ContactsView, prefs: &mut ContactsPrefs, store: &Store) {
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("contacts-filter"));
        for rule in store.rules().all() {
            let mut on = prefs.filter.platforms.contains(&rule.key);
            if ui.toggle_value(&mut on, &rule.name).changed() {
                toggle(&mut prefs.filter.platforms, rule.key.clone(), on);
                view.dirty = true;
            }
        }
        ui.separator();
        for s in StateFilter::ALL {
            let mut on = prefs.filter.states.contains(&s);
            if ui.toggle_value(&mut on, s.label()).changed() {
                toggle(&mut prefs.filter.states, s, on);
                view.dirty = true;
            }
        }
        ui.separator();
        let mut remove = None;
        for (i, t) in prefs.filter.tags.iter().enumerate() {
            if ui
                .button(format!("#{t} ×"))
                .on_hover_text(t!("contacts-remove-tag-filter"))
                .clicked()
            {
                remove = Some(i);
            }
        }
        if let Some(i) = remove {
            prefs.filter.tags.remove(i);
            view.dirty = true;
        }
        let mut picked = false;
        egui::ComboBox::new("contacts-tag-filter", t!("contacts-tag-filter"))
            .selected_text(t!("contacts-add-tag-filter"))
            .show_ui(ui, |ui| {
                for t in &view.tags {
                    if !prefs.filter.tags.contains(&t.name)
                        && ui.selectable_label(false, &t.name).clicked()
                    {
                        prefs.filter.tags.push(t.name.clone());
                        picked = true;
                    }
                }
            });
        view.dirty |= picked;
    });
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    if on {
        if !list.contains(&item) {
            list.push(item);
        }
    } else {
        list.retain(|x| *x != item);
    }
}

fn table_ui(
    ui: &mut egui::Ui,
    view: &mut ContactsView,
    prefs: &mut ContactsPrefs,
    rows: &[ContactRow],
    store: &Store,
    actions: &mut Vec<Action>,
) {
    let rules = store.rules();
    // (title, tooltip, sort key), in the active language.
    let mut headers: Vec<(String, String, SortKey)> = vec![
        (
            t!("contacts-col-name"),
            t!("contacts-sort-by-name"),
            SortKey::Name,
        ),
        (
            t!("contacts-col-company"),
            t!("contacts-sort-by-company"),
            SortKey::Company,
        ),
        (
            t!("contacts-col-position"),
            t!("contacts-sort-by-position"),
            SortKey::Position,
        ),
    ];
    for (i, r) in rules.all().iter().enumerate() {
        headers.push((
            r.name.clone(),
            t!("contacts-sort-by-platform", platform = r.name.as_str()),
            SortKey::Platform(i),
        ));
    }
    headers.push((
        t!("contacts-col-tags"),
        t!("contacts-sort-by-tags"),
        SortKey::Tags,
    ));
    headers.push((
        t!("contacts-col-last-interaction"),
        t!("contacts-sort-by-last-interaction"),
        SortKey::LastInteraction,
    ));

    let mut table = TableBuilder::new(ui)
        .id_salt("contacts-table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(180.0).at_least(80.0).clip(true))
        .column(Column::initial(180.0).at_least(60.0).clip(true))
        .column(Column::initial(170.0).at_least(60.0).clip(true))
        .columns(Column::initial(110.0).at_least(60.0), rules.all().len())
        .column(Column::initial(130.0).at_least(50.0).clip(true))
        .column(Column::remainder().at_least(90.0));
    if view.scroll_to_selected {
        if let Some(p) = view.selected_pos(rows) {
            table = table.scroll_to_row(p, None);
        }
        view.scroll_to_selected = false;
    }
    table
        .header(24.0, |mut header| {
            for (title, tooltip, key) in &headers {
                header.col(|ui| {
                    let arrow = match (prefs.sort == *key, prefs.descending) {
                        (true, false) => " ⏶",
                        (true, true) => " ⏷",
                        _ => "",
                    };
                    if ui
                        .button(egui::RichText::new(format!("{title}{arrow}")).strong())
                        .on_hover_text(tooltip)
                        .clicked()
                    {
                        if prefs.sort == *key {
                            prefs.descending = !prefs.descending;
                        } else {
                            prefs.sort = *key;
                            prefs.descending = false;
                        }
                        view.dirty = true;
                    }
                });
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, view.visible.len(), |mut row| {
                let r = &rows[view.visible[row.index()]];
                row.set_selected(view.selected == Some(r.id));
                row.col(|ui| cell(ui, &r.name));
                row.col(|ui| cell(ui, &r.company));
                row.col(|ui| cell(ui, &r.position));
                for rule in rules.all() {
                    row.col(|ui| {
                        if let Some((_, rel)) = r.platforms.iter().find(|(k, _)| *k == rule.key) {
                            let (text, color) = theme::relationship_badge(rel);
                            cell(ui, egui::RichText::new(text).color(color));
                        }
                    });
                }
                row.col(|ui| cell(ui, r.tags.join(", ")));
                row.col(|ui| {
                    cell(
                        ui,
                        r.last_interaction
                            .map_or_else(String::new, |t| i18n::local_date(&t)),
                    );
                });
                let resp = row.response();
                if resp.clicked() {
                    view.selected = Some(r.id);
                }
                if resp.double_clicked() {
                    actions.push(Action::Open(r.id));
                }
            });
        });
}

/// A table cell: plain text that lets clicks through to the row.
fn cell(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) {
    ui.add(egui::Label::new(text).selectable(false).truncate());
}
