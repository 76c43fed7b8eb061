//! The team in the app: the sync state in the status bar (last sync, waiting, offline, an
//! error in words) with a button to sync now, the sync every few minutes (a worker job,
//! never on the UI thread), and the team's stake in a person — collision warnings for
//! Triage and Pipeline, and who on the team is connected, for the contact page. These read
//! the store only after a sync or for another person, never every frame.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::domain::ContactId;
use crate::domain::team::{self, COLLISION_DAYS};
use crate::domain::time::now;
use crate::i18n;
use crate::store::{Store, TeamState};
use crate::t;

use super::theme;

/// How often the app syncs on its own.
pub const SYNC_EVERY: Duration = Duration::from_secs(5 * 60);

/// The outcome of a sync job: the counts, or whether the server was unreachable and why.
pub type SyncOutcome = Result<crate::team::SyncReport, (bool, String)>;

/// The status-bar line and the sync timer.
#[derive(Debug, Default)]
pub struct TeamLine {
    state: Option<TeamState>,
    pending: u64,
    offline: bool,
    syncing: bool,
    next: Option<Instant>,
    /// Bumped after each sync, so the cached warnings are worked out again.
    generation: u64,
}

impl TeamLine {
    /// Reads the team link and what is waiting; a sync is due at once when there is one.
    pub fn load(store: &Store) -> Self {
        let mut line = Self::default();
        line.reload(store);
        line
    }

    fn reload(&mut self, store: &Store) {
        self.state = store.team_state().ok().flatten();
        self.pending = if self.state.is_some() {
            store.team_pending().unwrap_or(0)
        } else {
            0
        };
    }

    /// Whether a sync should start now (and, if so, marks it started).
    pub fn due(&mut self) -> bool {
        if self.state.is_none() || self.syncing {
            return false;
        }
        if self.next.is_some_and(|n| Instant::now() < n) {
            return false;
        }
        self.syncing = true;
        true
    }

    /// A sync came back.
    pub fn finished(&mut self, store: &Store, ctx: &egui::Context, outcome: &SyncOutcome) {
        self.syncing = false;
        self.offline = matches!(outcome, Err((true, _)));
        self.next = Some(Instant::now() + SYNC_EVERY);
        self.generation += 1;
        let generation = self.generation;
        ctx.data_mut(|d| d.insert_temp(generation_id(), generation));
        self.reload(store);
    }

    /// My data changed: what is waiting to be pushed may have too.
    pub fn data_changed(&mut self, store: &Store) {
        if self.state.is_some() {
            self.pending = store.team_pending().unwrap_or(self.pending);
        }
    }

    /// The line in the status bar; `true` when "Sync now" was clicked.
    pub fn ui(&mut self, ui: &mut egui::Ui) -> bool {
        let Some(state) = &self.state else {
            return false;
        };
        let last = state
            .last_sync_at
            .map_or_else(|| t!("team-status-never"), |at| i18n::local_date_time(&at));
        if self.syncing {
            ui.label(t!("team-line-syncing"));
        } else if let Some(e) = &state.last_error {
            let text = if self.offline {
                t!("team-line-offline", last = last)
            } else {
                t!("team-line-error", last = last)
            };
            ui.colored_label(ui.visuals().error_fg_color, text)
                .on_hover_text(e.as_str());
        } else {
            ui.label(
                egui::RichText::new(t!("team-line-synced", last = last, pending = self.pending))
                    .color(theme::MUTED),
            );
        }
        let clicked = !self.syncing && ui.button(t!("team-sync-now")).clicked();
        if clicked {
            self.syncing = true;
        }
        clicked
    }
}

fn generation_id() -> egui::Id {
    egui::Id::unique("team-sync-generation")
}

/// What the team says about one person, worked out once per sync.
#[derive(Debug)]
struct Stake {
    generation: u64,
    contact: ContactId,
    warnings: Vec<String>,
    connected: Vec<String>,
}

fn stake(ctx: &egui::Context, store: &Store, contact: ContactId) -> Arc<Stake> {
    let generation: u64 = ctx.data(|d| d.get_temp(generation_id())).unwrap_or(0);
    let id = egui::Id::unique(("team-stake", contact.0));
    if let Some(s) = ctx.data(|d| d.get_temp::<Arc<Stake>>(id))
        && s.generation == generation
    {
        return s;
    }
    let s = Arc::new(work_out(store, contact, generation).unwrap_or(Stake {
        generation,
        contact,
        warnings: Vec::new(),
        connected: Vec::new(),
    }));
    ctx.data_mut(|d| d.insert_temp(id, s.clone()));
    s
}

fn work_out(store: &Store, contact: ContactId, generation: u64) -> Option<Stake> {
    let me = store.team_state().ok()??.rep;
    let person = store.team_person(contact).ok()?;
    let name = store.contact(contact).ok()??.fields.display_name();
    let events = store.team_events().ok()?;
    let reps = store.team_rep_names().ok()?;
    let claims = store.team_claims().ok()?;
    let at = now();
    let warnings = team::collisions(&person, &me, &events, &claims, &reps, at, COLLISION_DAYS)
        .iter()
        .map(|c| c.describe(&name, at))
        .collect();
    Some(Stake {
        generation,
        contact,
        warnings,
        connected: team::connected_reps(&person, &me, &events, &reps),
    })
}

/// Before I accept, redirect or pitch someone: who else on the team owns or recently
/// contacted them. Draws nothing when nobody does (or without a team).
pub fn warnings_ui(ui: &mut egui::Ui, store: &Store, contact: ContactId) {
    let s = stake(ui.ctx(), store, contact);
    debug_assert_eq!(s.contact, contact);
    for w in &s.warnings {
        ui.colored_label(theme::WARNING, t!("team-warning", text = w.as_str()));
    }
}

/// The contact page's list of who on the team is connected to the person.
pub fn connected_ui(ui: &mut egui::Ui, store: &Store, contact: ContactId) {
    let s = stake(ui.ctx(), store, contact);
    warnings_ui(ui, store, contact);
    if !s.connected.is_empty() {
        ui.label(t!("team-connected-on-team", reps = s.connected.join(", ")));
    }
}
