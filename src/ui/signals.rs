//! Signals and reminders in the app: the "worth a message now" list (on Today and in
//! Pipeline) with one key to act on the selected signal, dismissing a signal, due reminders
//! at the head of Today, and the "Remind me" form for any person. Every change is a
//! command through the app's funnel ([`Action::Apply`]), so Ctrl+Z undoes it.

use chrono::NaiveDate;
use egui::{Key, KeyboardShortcut, Modifiers};

use super::app::{Action, View};
use super::theme;
use crate::domain::command::Command;
use crate::domain::identity::browser_url;
use crate::domain::metrics::Log;
use crate::domain::signals::{
    RemindWhen, Reminder, Signal, SignalKind, SignalParams, close_reminder, set_reminder, signals,
};
use crate::domain::templates::Purpose;
use crate::domain::time::now;
use crate::domain::{ContactId, EventKind, NewEvent};
use crate::i18n;
use crate::store::Store;
use crate::t;

/// Write to the selected person: copy the template, open the profile, log the message.
pub const ACT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::W);
/// Dismiss the selected signal.
pub const DISMISS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::X);

/// The lists as computed for one log generation.
struct Computed {
    generation: u64,
    signals: Vec<(Signal, String)>,
    /// Open reminders, soonest due first.
    reminders: Vec<(Reminder, String)>,
}

/// The state of a signals list (Today and Pipeline each keep one).
#[derive(Default)]
pub struct SignalsPanel {
    computed: Option<Computed>,
    selected: usize,
    /// The thresholds on screen, edited in place until a change is applied…
    params: SignalParams,
    /// …and as stored.
    stored: SignalParams,
}

/// The day signals and reminders are seen from.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl SignalsPanel {
    /// Recomputes when the log changed (every applied command bumps its generation).
    pub fn refresh(&mut self, log: &Log, generation: u64, store: &Store) {
        if self
            .computed
            .as_ref()
            .is_some_and(|c| c.generation == generation)
        {
            return;
        }
        let facts = store.signal_facts().unwrap_or_default();
        let params = store.signal_params().unwrap_or_default();
        self.params = params;
        self.stored = params;
        let list = signals(log, &facts, today(), &params);
        let names = store
            .contact_names(&list.iter().map(|s| s.contact).collect::<Vec<_>>())
            .unwrap_or_default();
        let open: Vec<Reminder> = store
            .reminders()
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.closed.is_none())
            .collect();
        let reminder_names = store
            .contact_names(&open.iter().map(|r| r.contact).collect::<Vec<_>>())
            .unwrap_or_default();
        self.computed = Some(Computed {
            generation,
            signals: list.into_iter().zip(names).collect(),
            reminders: open.into_iter().zip(reminder_names).collect(),
        });
        self.selected = self.selected.min(self.len().saturating_sub(1));
    }

    fn len(&self) -> usize {
        self.computed.as_ref().map_or(0, |c| c.signals.len())
    }

    fn current(&self) -> Option<&(Signal, String)> {
        self.computed.as_ref()?.signals.get(self.selected)
    }
}

/// The lead of Today: reminders that are due, then the people worth a message now.
pub fn today_lead_ui(
    ui: &mut egui::Ui,
    panel: &mut SignalsPanel,
    store: &Store,
    log: Option<(&Log, u64)>,
    actions: &mut Vec<Action>,
) {
    let Some((log, generation)) = log else {
        return;
    };
    panel.refresh(log, generation, store);
    reminders_due_ui(ui, panel, actions);
    // Fewer rows on a small window, so the rest of Today stays in view.
    let rows = if ui.available_height() < 650.0 { 3 } else { 6 };
    worth_a_message_ui(ui, panel, store, actions, rows);
    if panel.len() > rows && ui.link(t!("signals-more-in-pipeline")).clicked() {
        actions.push(Action::Go(View::Pipeline));
    }
    ui.add_space(theme::SECTION_GAP);
}

/// The head of Pipeline's list: the people worth a message now, in at most about 40% of
/// the height (fewer rows on a small window) so the outreach list keeps room, and the
/// thresholds.
pub fn pipeline_lead_ui(
    ui: &mut egui::Ui,
    panel: &mut SignalsPanel,
    store: &Store,
    log: &Log,
    generation: u64,
    actions: &mut Vec<Action>,
) {
    panel.refresh(log, generation, store);
    let rows = if ui.available_height() < 520.0 { 3 } else { 5 };
    egui::ScrollArea::vertical()
        .id_salt("pipeline-signals")
        .max_height(ui.available_height() * 0.42)
        .show(ui, |ui| {
            worth_a_message_ui(ui, panel, store, actions, rows);
        });
    thresholds_ui(ui, panel, actions);
    ui.separator();
}

/// Due reminders, each with Done and Dismiss.
fn reminders_due_ui(ui: &mut egui::Ui, panel: &SignalsPanel, actions: &mut Vec<Action>) {
    let Some(c) = &panel.computed else {
        return;
    };
    let day = today();
    let due: Vec<&(Reminder, String)> = c.reminders.iter().filter(|(r, _)| r.is_due(day)).collect();
    if due.is_empty() {
        return;
    }
    ui.strong(t!("signals-reminders-due", count = due.len()));
    for (r, name) in due {
        ui.horizontal_wrapped(|ui| {
            let when = if r.due < day {
                t!("signals-reminder-overdue", date = i18n::date(r.due))
            } else {
                t!("signals-reminder-today")
            };
            ui.colored_label(theme::PENDING, when);
            if ui.link(name.as_str()).clicked() {
                actions.push(Action::Open(r.contact));
            }
            if !r.note.is_empty() {
                ui.label(format!("– {}", r.note));
            }
            if ui.button(t!("signals-reminder-done")).clicked() {
                actions.push(Action::Apply(Command::LogEvent(close_reminder(
                    r,
                    true,
                    now(),
                ))));
            }
            if ui.button(t!("signals-reminder-dismiss")).clicked() {
                actions.push(Action::Apply(Command::LogEvent(close_reminder(
                    r,
                    false,
                    now(),
                ))));
            }
        });
    }
    ui.add_space(theme::SECTION_GAP);
}

/// The "worth a message now" list: at most `rows` rows, the selected one with its actions.
pub fn worth_a_message_ui(
    ui: &mut egui::Ui,
    panel: &mut SignalsPanel,
    store: &Store,
    actions: &mut Vec<Action>,
    rows: usize,
) {
    let n = panel.len();
    ui.horizontal_wrapped(|ui| {
        ui.strong(t!("signals-worth-a-message", count = n));
        if n > 0 {
            ui.label(egui::RichText::new(t!("signals-keys")).color(theme::MUTED));
        }
    });
    if n == 0 {
        ui.label(egui::RichText::new(t!("signals-none")).color(theme::MUTED));
        return;
    }
    keys(ui, panel, store, actions);
    let mut clicked = None;
    if let Some(c) = &panel.computed {
        for (i, (s, name)) in c.signals.iter().enumerate().take(rows.max(1)) {
            let platform = store.rules().name_of(&s.platform);
            let text = format!("{name} · {platform} · {} – {}", s.kind.label(), s.reason());
            if ui
                .add(egui::Button::selectable(panel.selected == i, text).wrap())
                .clicked()
            {
                clicked = Some(i);
            }
        }
    }
    if let Some(i) = clicked {
        panel.selected = i;
    }
    if panel.selected >= rows.max(1) {
        panel.selected = 0;
    }
    let Some((s, name)) = panel.current().cloned() else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(name.as_str()).strong());
        let act = act_label(s.kind);
        let tip = super::shortcuts::tooltip(ui.ctx(), &act, &ACT);
        if ui.button(act).on_hover_text(tip).clicked() {
            act_on(ui.ctx(), &s, &name, store, actions);
        }
        let dismiss = t!("signals-dismiss");
        let tip = super::shortcuts::tooltip(ui.ctx(), &dismiss, &DISMISS);
        if ui.button(dismiss).on_hover_text(tip).clicked() {
            actions.push(Action::Apply(Command::LogEvent(s.dismissal(now()))));
        }
        if ui
            .button(t!("signals-open-contact", name = name.as_str()))
            .clicked()
        {
            actions.push(Action::Open(s.contact));
        }
    });
    remind_me_ui(ui, s.contact, &s.platform, actions);
}

fn act_label(kind: SignalKind) -> String {
    match kind {
        SignalKind::FollowUpDue => t!("signals-act-follow-up"),
        _ => t!("signals-act-write"),
    }
}

fn keys(ui: &egui::Ui, panel: &SignalsPanel, store: &Store, actions: &mut Vec<Action>) {
    if ui.ctx().memory(|m| m.focused().is_some()) {
        return;
    }
    let (act, dismiss) = ui.input_mut(|i| (i.consume_shortcut(&ACT), i.consume_shortcut(&DISMISS)));
    let Some((s, name)) = panel.current() else {
        return;
    };
    if act {
        act_on(ui.ctx(), s, name, store, actions);
    }
    if dismiss {
        actions.push(Action::Apply(Command::LogEvent(s.dismissal(now()))));
    }
}

/// Writes to them: copies the fitting template (a follow-up after an unanswered message,
/// else the outreach text), opens their profile, and logs the message sent together with
/// the signal's dismissal (one change, one undo).
fn act_on(ctx: &egui::Context, s: &Signal, name: &str, store: &Store, actions: &mut Vec<Action>) {
    let purpose = if s.kind == SignalKind::FollowUpDue {
        Purpose::FollowUp
    } else {
        Purpose::Outreach
    };
    let at = now();
    let sent = NewEvent::manual(s.contact, &s.platform, EventKind::MessageSent, at);
    actions.push(Action::Apply(Command::LogEvents(vec![
        sent,
        s.dismissal(at),
    ])));
    match template_text(s.contact, &s.platform, purpose, store) {
        Some(text) => {
            ctx.copy_text(text);
            actions.push(Action::Notify(t!("signals-template-copied", name = name)));
        }
        None => actions.push(Action::Notify(t!("pipeline-no-template"))),
    }
    let url = store
        .profiles(s.contact)
        .ok()
        .and_then(|ps| ps.into_iter().find(|p| p.platform == s.platform))
        .and_then(|p| p.url);
    if let Some(u) = url {
        ctx.open_url(egui::OpenUrl::new_tab(browser_url(&u)));
    }
}

/// A template for `purpose` in the language and tone of their last request on `platform`
/// (in the user's language when it does not tell), filled in — as Pipeline's T does.
#[allow(
    clippy::needless_update,
    reason = "placeholders added later (main's `my_profile`) stay empty in these templates"
)]
fn template_text(
    contact_id: ContactId,
    platform: &str,
    purpose: Purpose,
    store: &Store,
) -> Option<String> {
    use crate::domain::templates::{TemplateValues, render, template_name};
    let rule = store.rules().get(platform)?;
    let (lang, tone) = super::triage::answer_language(store, contact_id, rule);
    let template = template_name(purpose, lang, tone, rule.follow_without_connecting);
    let body = store.template(&template).ok()?;
    let contact = store.contact(contact_id).ok()??;
    let my_name = store.setting(super::triage::MY_NAME).ok().flatten();
    Some(render(
        &body,
        &TemplateValues {
            first_name: Some(&contact.fields.first_name),
            last_name: Some(&contact.fields.last_name),
            my_name: my_name.as_deref(),
            platform: Some(&rule.name),
            ..TemplateValues::default()
        },
    ))
}

/// What the "Remind me" form holds while it is filled in (egui memory, per person).
#[derive(Debug, Clone, Default)]
struct RemindDraft {
    note: String,
    date: String,
}

/// "Remind me" on a person: a note, then in 3 days, next week, or on a date.
pub fn remind_me_ui(
    ui: &mut egui::Ui,
    contact: ContactId,
    platform: &str,
    actions: &mut Vec<Action>,
) {
    let id = egui::Id::unique(("remind-me", contact, platform));
    let mut draft: RemindDraft = ui.data_mut(|d| d.get_temp(id).unwrap_or_default());
    let mut when = None;
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t!("signals-remind-me"));
        ui.add(
            egui::TextEdit::singleline(&mut draft.note)
                .hint_text(t!("signals-remind-note-hint"))
                .desired_width(180.0),
        )
        .labelled_by(l.id);
        if ui.button(t!("signals-remind-in-3-days")).clicked() {
            when = Some(RemindWhen::InDays(3));
        }
        if ui.button(t!("signals-remind-next-week")).clicked() {
            when = Some(RemindWhen::NextWeek);
        }
        let d = ui.label(t!("signals-remind-on"));
        ui.add(
            egui::TextEdit::singleline(&mut draft.date)
                .hint_text("YYYY-MM-DD")
                .desired_width(100.0),
        )
        .labelled_by(d.id);
        if ui.button(t!("signals-remind-set")).clicked() {
            match NaiveDate::parse_from_str(draft.date.trim(), "%Y-%m-%d") {
                Ok(day) => when = Some(RemindWhen::On(day)),
                Err(_) => actions.push(Action::Notify(t!(
                    "signals-remind-bad-date",
                    value = draft.date.as_str()
                ))),
            }
        }
    });
    if let Some(when) = when {
        let due = when.due(today());
        actions.push(Action::Apply(Command::LogEvent(set_reminder(
            contact,
            platform,
            due,
            &draft.note,
            now(),
        ))));
        draft = RemindDraft::default();
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
}

/// The thresholds of the signals, each a setting: changed here, applied as a command.
pub fn thresholds_ui(ui: &mut egui::Ui, panel: &mut SignalsPanel, actions: &mut Vec<Action>) {
    egui::CollapsingHeader::new(t!("signals-thresholds"))
        .default_open(false)
        .show(ui, |ui| {
            egui::Grid::new("signal-thresholds")
                .num_columns(2)
                .show(ui, |ui| {
                    let mut stored = panel.stored;
                    for (key, field) in SignalParams::settings() {
                        let l = ui.label(threshold_label(key));
                        let was = *field(&mut stored);
                        let value = field(&mut panel.params);
                        let resp = ui
                            .add(
                                egui::DragValue::new(value)
                                    .range(0.0..=3650.0)
                                    .speed(0.5)
                                    .custom_formatter(|v, _| i18n::decimal(v, 1)),
                            )
                            .labelled_by(l.id);
                        let done = resp.drag_stopped() || resp.lost_focus();
                        if done && value.to_bits() != was.to_bits() {
                            actions.push(Action::Apply(Command::SetSetting {
                                key: key.to_owned(),
                                value: Some(format!("{value}")),
                            }));
                        }
                        ui.end_row();
                    }
                });
        });
}

fn threshold_label(key: &str) -> String {
    match key {
        "signals.job_days" => t!("signals-setting-job-days"),
        "signals.redirect_days" => t!("signals-setting-redirect-days"),
        "signals.redirect_max_days" => t!("signals-setting-redirect-max-days"),
        "signals.engagement_window_days" => t!("signals-setting-engagement-window-days"),
        "signals.engagement_baseline_days" => t!("signals-setting-engagement-baseline-days"),
        "signals.engagement_factor" => t!("signals-setting-engagement-factor"),
        "signals.engagement_min" => t!("signals-setting-engagement-min"),
        "signals.no_touch_days" => t!("signals-setting-no-touch-days"),
        "signals.no_touch_max_days" => t!("signals-setting-no-touch-max-days"),
        _ => t!("signals-setting-follow-up-days"),
    }
}
