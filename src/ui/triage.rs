//! Triage: the queue of undecided incoming requests, newest first, decided with one key
//! each — A accept, F redirect to Follow, D decline, L later — with undo.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::app::Action;
use super::theme;
use crate::domain::ContactId;
use crate::domain::classifier::learned::personal::{self, PERSONAL_MODEL_SETTING};
use crate::domain::classifier::{
    Classification, Classifier, Lang as TextLang, Proposal, Tone, Verdict,
};
use crate::domain::command::Command;
use crate::domain::tag::REDIRECT_TAG;
use crate::domain::templates::{Purpose, TemplateValues, render, template_name};
use crate::domain::time::now;
use crate::domain::{EventKind, NewEvent};
use crate::i18n::{self, Lang};
use crate::store::{PendingRequest, Store};
use crate::t;

pub const ACCEPT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::A);
pub const REDIRECT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F);
pub const DECLINE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::D);
pub const LATER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::L);
pub const COPY_REPLY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::C);

/// The setting that holds my name for the templates.
pub const MY_NAME: &str = "my_name";
/// The setting that holds the link to my own profile, for `{my_profile}` in replies.
pub const MY_PROFILE: &str = "my_profile";

/// A decision on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Accept,
    Redirect,
    Decline,
    Later,
}

impl Decision {
    pub const ALL: [Self; 4] = [Self::Accept, Self::Redirect, Self::Decline, Self::Later];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Accept => t!("triage-decision-accept"),
            Self::Redirect => t!("triage-decision-redirect"),
            Self::Decline => t!("triage-decision-decline"),
            Self::Later => t!("triage-decision-later"),
        }
    }

    #[must_use]
    pub fn shortcut(self) -> KeyboardShortcut {
        match self {
            Self::Accept => ACCEPT,
            Self::Redirect => REDIRECT,
            Self::Decline => DECLINE,
            Self::Later => LATER,
        }
    }

    /// The command that records this decision on `req`.
    #[must_use]
    pub fn command(self, req: &PendingRequest) -> Command {
        let event = |kind| NewEvent::manual(req.contact, &req.platform, kind, now());
        match self {
            Self::Accept => Command::LogEvent(event(EventKind::RequestAccepted)),
            Self::Redirect => Command::Batch(vec![
                Command::LogEvent(event(EventKind::RedirectedToFollow)),
                Command::AddTag {
                    contact: req.contact,
                    name: REDIRECT_TAG.to_owned(),
                },
            ]),
            Self::Decline => Command::LogEvent(event(EventKind::RequestDeclined)),
            Self::Later => Command::LogEvent(event(EventKind::DecisionDeferred)),
        }
    }
}

/// The reply offered after a redirect, editable before copying.
#[derive(Debug, Clone)]
pub struct Reply {
    pub contact: ContactId,
    pub name: String,
    /// The request it answers, to write it again in another language.
    request: PendingRequest,
    /// The language and tone of the template it came from.
    pub lang: TextLang,
    pub tone: Option<Tone>,
    /// The template it came from.
    pub template: String,
    pub text: String,
    /// The platform's name when it does not let people follow (the reply points elsewhere).
    pub no_follow_on: Option<String>,
}

/// The languages and tones a reply can be written in, as the reply offers them.
const REPLY_LANGUAGES: [(TextLang, Option<Tone>); 3] = [
    (TextLang::En, None),
    (TextLang::De, Some(Tone::Sie)),
    (TextLang::De, Some(Tone::Du)),
];

fn reply_language_label(lang: TextLang, tone: Option<Tone>) -> String {
    match (lang, tone) {
        (TextLang::En, _) => t!("triage-reply-lang-en"),
        (TextLang::De, Some(Tone::Du)) => t!("triage-reply-lang-de-du"),
        (TextLang::De, _) => t!("triage-reply-lang-de-sie"),
    }
}

/// The queue, the classifier's verdicts, the selection and the reply.
#[derive(Default)]
pub struct TriageView {
    queue: Vec<PendingRequest>,
    verdicts: Vec<Classification>,
    /// Per request, its language when the message or the platform tells it.
    languages: Vec<Option<TextLang>>,
    classifier: Option<Classifier>,
    /// The personal model's text the classifier was built from (`None`: the shipped model).
    personal_model: Option<String>,
    /// Retraining on my decisions is running on the worker.
    pub retraining: bool,
    /// What the last retraining found, in words.
    pub retrain_result: Option<String>,
    selected: usize,
    pub dirty: bool,
    loaded: bool,
    /// Why the queue could not be read.
    error: Option<String>,
    pub reply: Option<Reply>,
    confirm_bulk: bool,
    templates: super::templates::TemplateEditor,
    first_use: super::first_use::FirstUse,
    /// Pasted and typed-in requests, decisions to carry out on the platform.
    pub capture: super::capture::CaptureView,
}

impl std::fmt::Debug for TriageView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TriageView") // i18n: not user-facing
            .field("queue", &self.queue.len())
            .field("selected", &self.selected)
            .finish_non_exhaustive()
    }
}

impl TriageView {
    /// Re-reads the queue (after a decision or an import), keeping the position.
    pub fn refresh(&mut self, store: &Store) {
        // The personal model, when the rep has one (a setting; reset goes back to the shipped).
        let personal = store.setting(PERSONAL_MODEL_SETTING).ok().flatten();
        if self.classifier.is_none() || personal != self.personal_model {
            self.classifier = Some(personal::active(personal.as_deref()));
            self.personal_model = personal;
        }
        match store.pending_requests() {
            Ok(q) => {
                let classifier = self.classifier.get_or_insert_with(Classifier::builtin);
                (self.verdicts, self.languages) = q
                    .iter()
                    .map(|r| match store.rules().get(&r.platform) {
                        Some(rule) => (
                            classifier.classify(&r.message, rule),
                            classifier.known_language(&r.message, rule),
                        ),
                        None => (Classification::unclear(), None),
                    })
                    .unzip();
                self.queue = q;
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
        self.selected = self.selected.min(self.queue.len().saturating_sub(1));
        // A change (an undone template edit among them) may have changed what the editor
        // shows as edited.
        self.templates.forget_edited();
        // My name was just given: the reply on screen is written again with it.
        if self.first_use.take_saved()
            && let Some(r) = &self.reply
        {
            self.reply = reply_for(&r.request, r.lang, r.tone, store);
        }
        self.capture.refresh(store);
        self.dirty = false;
        self.loaded = true;
    }

    /// An undo went through: a reply whose redirect it took back closes with it.
    pub fn undone(&mut self, original: &Command) {
        if self
            .reply
            .as_ref()
            .is_some_and(|r| redirects(original, r.contact))
        {
            self.reply = None;
        }
    }

    /// Reads the queue again when something changed since it was read.
    pub fn ensure_fresh(&mut self, store: &Store) {
        if self.dirty || !self.loaded {
            self.refresh(store);
        }
    }

    /// The replies to the requests the classifier calls unspecific, each with its platform.
    fn unspecific_replies(&self, store: &Store) -> Vec<(Reply, String)> {
        self.queue
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                self.verdicts
                    .get(*i)
                    .is_some_and(|v| v.verdict == Verdict::Unspecific)
            })
            .filter_map(|(i, req)| {
                let v = self.verdicts.get(i)?;
                let known = self.languages.get(i).copied().flatten();
                let (lang, tone) = reply_language(v, known, i18n::lang());
                reply_for(req, lang, tone, store).map(|r| (r, req.platform.clone()))
            })
            .collect()
    }

    /// The request in focus.
    #[must_use]
    pub fn current(&self) -> Option<&PendingRequest> {
        self.queue.get(self.selected)
    }

    /// The requests the classifier calls unspecific.
    fn unspecific(&self) -> impl Iterator<Item = &PendingRequest> {
        self.queue
            .iter()
            .zip(&self.verdicts)
            .filter(|(_, v)| v.verdict == Verdict::Unspecific)
            .map(|(r, _)| r)
    }

    /// Records `decision` on the request at `index`, and prepares the reply for a redirect.
    fn decide(
        &mut self,
        index: usize,
        decision: Decision,
        store: &Store,
        actions: &mut Vec<Action>,
    ) {
        let Some(req) = self.queue.get(index) else {
            return;
        };
        actions.push(Action::Apply(decision.command(req)));
        // The reply belongs to the redirect it was made for: any later decision closes it.
        self.reply = None;
        if decision == Decision::Redirect {
            self.reply = self.verdicts.get(index).and_then(|v| {
                let known = self.languages.get(index).copied().flatten();
                let (lang, tone) = reply_language(v, known, i18n::lang());
                reply_for(req, lang, tone, store)
            });
        }
        self.dirty = true;
    }
}

/// The language and tone a reply starts in: the request's, when its words or its platform
/// tell it (`known`); else the user's own language, `ui` (in German with the request's tone,
/// formal when it has none).
#[must_use]
pub fn reply_language(
    verdict: &Classification,
    known: Option<TextLang>,
    ui: Lang,
) -> (TextLang, Option<Tone>) {
    let lang = known.unwrap_or(match ui {
        Lang::En => TextLang::En,
        Lang::De => TextLang::De,
    });
    let tone = match lang {
        TextLang::En => None,
        TextLang::De => Some(verdict.tone.unwrap_or(Tone::Sie)),
    };
    (lang, tone)
}

/// The language and tone to write to `contact` in on `rule`'s platform: those of the note of
/// their last request there, else the user's own (as [`reply_language`] decides). Pipeline's
/// outreach text and the signals' follow-ups use it; only language and tone are needed, so
/// the light rules classifier does it, built once per thread.
pub(crate) fn answer_language(
    store: &Store,
    contact: ContactId,
    rule: &crate::domain::PlatformRule,
) -> (TextLang, Option<Tone>) {
    thread_local! {
        static LANGUAGE: crate::domain::classifier::RulesClassifier =
            crate::domain::classifier::RulesClassifier::builtin();
    }
    let last_request = store.events(contact).ok().and_then(|events| {
        events
            .into_iter()
            .rev()
            .find(|e| e.kind == EventKind::RequestReceived && !e.message.is_empty())
    });
    let (verdict, known) = match last_request {
        Some(e) => LANGUAGE.with(|c| {
            (
                c.classify(&e.message, rule),
                c.known_language(&e.message, rule),
            )
        }),
        None => (Classification::unclear(), None),
    };
    reply_language(&verdict, known, i18n::lang())
}

/// The reply to a redirected request: the template for `lang`, `tone` and its platform,
/// with the placeholders filled in.
#[must_use]
pub fn reply_for(
    req: &PendingRequest,
    lang: TextLang,
    tone: Option<Tone>,
    store: &Store,
) -> Option<Reply> {
    let rule = store.rules().get(&req.platform)?;
    let name = template_name(
        Purpose::Redirect,
        lang,
        tone,
        rule.follow_without_connecting,
    );
    let body = store.template(&name).ok()?;
    let my_name = store.setting(MY_NAME).ok().flatten();
    let my_profile = store.setting(MY_PROFILE).ok().flatten();
    let text = render(
        &body,
        &TemplateValues {
            first_name: Some(&req.first_name),
            last_name: Some(&req.last_name),
            my_name: my_name.as_deref(),
            my_profile: my_profile.as_deref(),
            platform: Some(&rule.name),
        },
    );
    Some(Reply {
        contact: req.contact,
        name: format!("{} {}", req.first_name, req.last_name),
        request: req.clone(),
        lang,
        tone,
        template: name,
        text,
        no_follow_on: (!rule.follow_without_connecting).then(|| rule.name.clone()),
    })
}

/// Draws Triage.
pub fn triage_ui(
    ui: &mut egui::Ui,
    view: &mut TriageView,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    if view.dirty || !view.loaded {
        view.refresh(store);
    }
    ui.heading(t!("nav-triage"));
    if let Some(e) = &view.error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            t!("triage-read-failed", error = e.as_str()),
        );
    }
    keys(ui, view, store, actions);
    let classifier = view.classifier.get_or_insert_with(Classifier::builtin);
    super::capture::triage_capture_ui(ui, &mut view.capture, classifier, store, actions);
    if let Some(reply) = &mut view.reply {
        // Who signs the reply is asked first, above the reply area, so the form is in
        // sight however much stands above it.
        super::first_use::ask_ui(ui, &mut view.first_use, store, actions);
        // The reply scrolls within at most 60 % of the view, so the queue and the decisions
        // keep their room at any size.
        egui::ScrollArea::vertical()
            .id_salt("triage-reply")
            .max_height(ui.available_height() * 0.6)
            .auto_shrink([false, true])
            .show(ui, |ui| reply_ui(ui, reply, store, actions));
    }
    if view.queue.is_empty() {
        ui.add_space(30.0);
        ui.vertical_centered(|ui| {
            ui.label(egui::RichText::new(t!("triage-empty")).size(18.0));
            ui.label(t!("triage-empty-hint"));
            if ui.button(t!("triage-import")).clicked() {
                actions.push(Action::Go(super::app::View::Import));
            }
        });
        ui.horizontal_wrapped(|ui| model_ui(ui, view, actions));
        retrain_result_ui(ui, view);
        super::templates::templates_ui(ui, &mut view.templates, store, actions);
        return;
    }
    // A label of its own wraps when the window is narrow (in a row it would widen it).
    let undo = super::shortcuts::text(ui.ctx(), &super::shortcuts::UNDO);
    ui.label(
        egui::RichText::new(t!("triage-waiting", count = view.queue.len(), undo = undo))
            .color(theme::MUTED),
    );
    let unspecific = view.unspecific().count();
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                unspecific > 0,
                egui::Button::new(t!("triage-redirect-all", count = unspecific)),
            )
            .on_hover_text(t!("triage-redirect-all-tooltip"))
            .clicked()
        {
            view.confirm_bulk = true;
        }
        super::templates::templates_button_ui(ui, &mut view.templates);
        model_ui(ui, view, actions);
    });
    retrain_result_ui(ui, view);
    if view.confirm_bulk {
        bulk_confirm_ui(ui.ctx(), view, store, actions);
    }
    super::templates::templates_ui(ui, &mut view.templates, store, actions);
    ui.separator();
    egui::Panel::left("triage-queue")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| queue_ui(ui, view, store));
    egui::CentralPanel::default().show(ui, |ui| {
        if let (Some(req), Some(verdict)) = (
            view.current().cloned(),
            view.verdicts.get(view.selected).cloned(),
        ) {
            let decided = egui::Panel::bottom("triage-decisions")
                .show(ui, |ui| decisions_ui(ui, &req, actions))
                .inner;
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| detail_ui(ui, &req, &verdict, store));
            });
            if let Some(d) = decided {
                view.decide(view.selected, d, store, actions);
            }
        }
    });
}

/// Whether `cmd` redirects `contact` to Follow.
fn redirects(cmd: &Command, contact: ContactId) -> bool {
    match cmd {
        Command::LogEvent(e) => e.contact_id == contact && e.kind == EventKind::RedirectedToFollow,
        Command::LogEvents(es) => es
            .iter()
            .any(|e| e.contact_id == contact && e.kind == EventKind::RedirectedToFollow),
        Command::Batch(cs) => cs.iter().any(|c| redirects(c, contact)),
        _ => false,
    }
}

/// Which model the verdicts come from; retrain it on my decisions, or go back to the
/// shipped one. Drawn in the row of the queue's other tools (a line of its own would push
/// the reply out of an 800×600 window); the result follows on a line of its own.
fn model_ui(ui: &mut egui::Ui, view: &mut TriageView, actions: &mut Vec<Action>) {
    if ui
        .add_enabled(
            !view.retraining,
            egui::Button::new(t!("classifier-retrain-button")),
        )
        .on_hover_text(t!("classifier-retrain-tooltip"))
        .clicked()
    {
        view.retraining = true;
        view.retrain_result = None;
        actions.push(Action::RetrainClassifier);
    }
    if view.personal_model.is_some() {
        ui.label(egui::RichText::new(t!("classifier-personal-in-use")).color(theme::MUTED));
        if ui.button(t!("classifier-reset-button")).clicked() {
            view.retrain_result = None;
            actions.push(Action::Apply(Command::SetSetting {
                key: PERSONAL_MODEL_SETTING.to_owned(),
                value: None,
            }));
            view.dirty = true;
        }
    }
    if view.retraining {
        ui.spinner();
        ui.label(t!("classifier-retrain-running"));
    }
}

/// What the last retraining found, when there is something to say.
fn retrain_result_ui(ui: &mut egui::Ui, view: &TriageView) {
    if let Some(result) = &view.retrain_result {
        ui.label(result.as_str());
    }
}

fn keys(ui: &egui::Ui, view: &mut TriageView, store: &Store, actions: &mut Vec<Action>) {
    // Esc closes the reply, also from its text field.
    if view.reply.is_some()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
    {
        view.reply = None;
    }
    // Letters are decisions only while no text field has focus.
    if ui.ctx().memory(|m| m.focused().is_some()) {
        return;
    }
    if ui.input_mut(|i| i.consume_shortcut(&COPY_REPLY))
        && let Some(r) = &view.reply
    {
        ui.ctx().copy_text(r.text.clone());
        actions.push(Action::Notify(t!(
            "triage-reply-copied",
            name = r.name.as_str()
        )));
    }
    if view.queue.is_empty() || view.confirm_bulk {
        return;
    }
    let (down, up) = ui.input_mut(|i| {
        (
            i.consume_shortcut(&super::shortcuts::NEXT),
            i.consume_shortcut(&super::shortcuts::PREVIOUS),
        )
    });
    if down {
        view.selected = (view.selected + 1).min(view.queue.len().saturating_sub(1));
    }
    if up {
        view.selected = view.selected.saturating_sub(1);
    }
    for d in Decision::ALL {
        if ui.input_mut(|i| i.consume_shortcut(&d.shortcut())) {
            view.decide(view.selected, d, store, actions);
        }
    }
}

fn reply_ui(ui: &mut egui::Ui, reply: &mut Reply, store: &Store, actions: &mut Vec<Action>) {
    let mut rewrite = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(t!("triage-reply-to", name = reply.name.as_str())).strong());
        if let Some(platform) = &reply.no_follow_on {
            ui.colored_label(
                theme::WARNING,
                t!("triage-no-follow-notice", platform = platform.as_str()),
            );
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("triage-reply-language"));
            for (lang, tone) in REPLY_LANGUAGES {
                let chosen = reply.lang == lang
                    && (lang == TextLang::En
                        || reply.tone.unwrap_or(Tone::Sie) == tone.unwrap_or(Tone::Sie));
                if ui
                    .selectable_label(chosen, reply_language_label(lang, tone))
                    .clicked()
                    && !chosen
                {
                    rewrite = Some((lang, tone));
                }
            }
        });
        let l = ui.label(
            egui::RichText::new(t!(
                "triage-reply-from-template",
                template = reply.template.as_str()
            ))
            .small()
            .color(theme::MUTED),
        );
        ui.add(
            egui::TextEdit::multiline(&mut reply.text)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
        if ui
            .button(t!("triage-copy-reply"))
            .on_hover_text(super::shortcuts::tooltip(
                ui.ctx(),
                &t!("triage-copy-reply-tooltip"),
                &COPY_REPLY,
            ))
            .clicked()
        {
            ui.ctx().copy_text(reply.text.clone());
            actions.push(Action::Notify(t!(
                "triage-reply-copied",
                name = reply.name.as_str()
            )));
        }
    });
    // The user's choice: the same request, written again from that language's template.
    if let Some((lang, tone)) = rewrite
        && let Some(r) = reply_for(&reply.request, lang, tone, store)
    {
        *reply = r;
    }
}

fn bulk_confirm_ui(
    ctx: &egui::Context,
    view: &mut TriageView,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    let people: Vec<&PendingRequest> = view.unspecific().collect();
    let mut close = false;
    let mut replies = None;
    egui::Window::new(t!("triage-bulk-title"))
        .id(egui::Id::unique("triage-bulk-confirm"))
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(t!(
                "triage-bulk-text",
                count = people.len(),
                tag = REDIRECT_TAG
            ));
            egui::ScrollArea::vertical()
                .max_height(300.0)
                .show(ui, |ui| {
                    for r in &people {
                        let msg: String = r.message.chars().take(60).collect();
                        let msg = if msg.is_empty() {
                            t!("triage-no-message")
                        } else {
                            msg
                        };
                        ui.label(format!("{} {} — {msg}", r.first_name, r.last_name));
                    }
                });
            ui.horizontal(|ui| {
                if ui
                    .button(t!("triage-bulk-confirm", count = people.len()))
                    .clicked()
                {
                    let batch = people
                        .iter()
                        .map(|r| Decision::Redirect.command(r))
                        .collect();
                    actions.push(Action::Apply(Command::Batch(batch)));
                    replies = Some(view.unspecific_replies(store));
                    close = true;
                }
                if ui.button(t!("triage-cancel")).clicked() {
                    close = true;
                }
            });
        });
    if let Some(items) = replies.filter(|r| !r.is_empty()) {
        view.capture.replies = Some(super::capture::ReplyQueue { items, at: 0 });
    }
    if close {
        view.confirm_bulk = false;
        view.dirty = true;
    }
}

fn queue_ui(ui: &mut egui::Ui, view: &mut TriageView, store: &Store) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, QUEUE_ROW_HEIGHT, view.queue.len(), |ui, range| {
            for i in range {
                let verdict = view.verdicts.get(i).map(|v| v.verdict);
                if queue_item_ui(ui, &view.queue[i], verdict, view.selected == i, store).clicked() {
                    view.selected = i;
                }
            }
        });
}

/// Height of one request in the queue (two lines).
const QUEUE_ROW_HEIGHT: f32 = 46.0;

/// One request in the queue: name and platform, then the start of the message.
fn queue_item_ui(
    ui: &mut egui::Ui,
    req: &PendingRequest,
    verdict: Option<Verdict>,
    selected: bool,
    store: &Store,
) -> egui::Response {
    let platform = store.rules().name_of(&req.platform);
    let name = format!("{} {}", req.first_name, req.last_name);
    let (rect, resp) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), QUEUE_ROW_HEIGHT - 2.0),
        egui::Sense::click(),
    );
    resp.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    let visuals = ui.visuals();
    if selected {
        ui.painter()
            .rect_filled(rect, 4.0, visuals.selection.bg_fill);
    } else if resp.hovered() {
        ui.painter()
            .rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let mut inner =
        ui.new_child(egui::UiBuilder::new().max_rect(rect.shrink2(egui::vec2(8.0, 3.0))));
    let mut title = format!("{name} · {platform}");
    if req.deferred {
        title.push_str(" · ");
        title.push_str(&t!("triage-queue-later"));
    }
    inner.horizontal(|ui| {
        if let Some(v) = verdict {
            let (text, color) = verdict_badge(v);
            ui.add(
                egui::Label::new(egui::RichText::new(text).color(color).small()).selectable(false),
            );
        }
        ui.add(
            egui::Label::new(egui::RichText::new(title).strong())
                .selectable(false)
                .truncate(),
        );
    });
    let preview = if req.message.is_empty() {
        egui::RichText::new(t!("triage-no-message"))
            .italics()
            .color(theme::MUTED)
    } else {
        egui::RichText::new(req.message.replace('\n', " "))
    };
    inner.add(egui::Label::new(preview).selectable(false).truncate());
    resp
}

/// A verdict's short word and colour.
fn verdict_badge(v: Verdict) -> (String, egui::Color32) {
    match v {
        Verdict::Specific => (t!("triage-verdict-specific"), theme::CONNECTED),
        Verdict::Unspecific => (t!("triage-verdict-unspecific"), theme::REDIRECTED),
        Verdict::Unclear => (t!("triage-verdict-unclear"), theme::PENDING),
    }
}

/// What the app proposes, in words.
pub(crate) fn proposal(p: Proposal) -> String {
    match p {
        Proposal::Accept => t!("triage-proposal-specific"),
        Proposal::Redirect => t!("triage-proposal-unspecific"),
        Proposal::Decline => t!("classifier-proposal-decline"),
        Proposal::Decide => t!("triage-proposal-unclear"),
    }
}

/// The message with the words behind each reason highlighted.
fn highlighted(ui: &egui::Ui, message: &str, verdict: &Classification) -> egui::text::LayoutJob {
    let mut spans: Vec<(std::ops::Range<usize>, f32)> = verdict
        .reasons
        .iter()
        .filter_map(|r| r.span.clone().map(|s| (s, r.weight)))
        .filter(|(s, _)| {
            s.end <= message.len()
                && message.is_char_boundary(s.start)
                && message.is_char_boundary(s.end)
        })
        .collect();
    spans.sort_by_key(|(s, _)| s.start);
    let normal = egui::TextFormat {
        font_id: egui::TextStyle::Body.resolve(ui.style()),
        color: ui.visuals().text_color(),
        ..egui::TextFormat::default()
    };
    let mut job = egui::text::LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let mut at = 0;
    for (span, weight) in spans {
        if span.start < at {
            continue; // overlapping: the first one wins
        }
        job.append(&message[at..span.start], 0.0, normal.clone());
        let color = if weight > 0.0 {
            theme::CONNECTED
        } else {
            theme::REDIRECTED
        };
        job.append(
            &message[span.clone()],
            0.0,
            egui::TextFormat {
                background: color.gamma_multiply(0.35),
                underline: egui::Stroke::new(1.0, color),
                ..normal.clone()
            },
        );
        at = span.end;
    }
    job.append(&message[at..], 0.0, normal);
    job
}

fn detail_ui(ui: &mut egui::Ui, req: &PendingRequest, verdict: &Classification, store: &Store) {
    let rule = store.rules().get(&req.platform);
    ui.heading(format!("{} {}", req.first_name, req.last_name));
    let job = match (req.position.is_empty(), req.company.is_empty()) {
        (false, false) => t!(
            "triage-position-at",
            position = req.position.as_str(),
            company = req.company.as_str()
        ),
        (false, true) => req.position.clone(),
        (true, _) => req.company.clone(),
    };
    let platform = rule.map_or(req.platform.as_str(), |r| r.name.as_str());
    let at = i18n::local_date_time(&req.at);
    let line: Vec<&str> = [job.as_str(), platform, at.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    ui.label(line.join(" · "));
    super::team::warnings_ui(ui, store, req.contact);
    ui.add_space(8.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if req.message.is_empty() {
            ui.label(
                egui::RichText::new(t!("triage-no-message"))
                    .italics()
                    .color(theme::MUTED),
            );
        } else {
            ui.label(highlighted(ui, &req.message, verdict));
        }
    });
    ui.add_space(6.0);
    let (word, color) = verdict_badge(verdict.verdict);
    // Wrapped: at 800×600 the proposal and the reasons would run out of the window.
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(color, egui::RichText::new(word).strong());
        ui.add(egui::Label::new(proposal(verdict.proposal)).wrap());
    });
    if let Some(p) = verdict.probability {
        ui.label(
            egui::RichText::new(t!(
                "classifier-probability",
                percent = i18n::decimal(f64::from(p) * 100.0, 0)
            ))
            .small()
            .color(theme::MUTED),
        );
    }
    for r in &verdict.reasons {
        let sign = if r.weight > 0.0 { "+" } else { "−" };
        ui.add(egui::Label::new(format!("  {sign} {}", r.localized())).wrap());
    }
}

/// The decision buttons: drawn in a strip at the foot of the detail, so they stay in the
/// window at any size; they wrap when the window is narrow.
fn decisions_ui(
    ui: &mut egui::Ui,
    req: &PendingRequest,
    actions: &mut Vec<Action>,
) -> Option<Decision> {
    let mut decided = None;
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        for d in Decision::ALL {
            let label = d.label();
            let tip = super::shortcuts::tooltip(ui.ctx(), &label, &d.shortcut());
            if ui.button(label).on_hover_text(tip).clicked() {
                decided = Some(d);
            }
        }
        if ui.button(t!("triage-open-contact")).clicked() {
            actions.push(Action::Open(req.contact));
        }
    });
    decided
}
