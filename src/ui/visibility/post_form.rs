//! "Log a post": one of my posts with its kind and reactions, in a few keystrokes (Tab
//! between fields, Enter logs). Bad input gets a clear message and logs nothing.

use super::super::app::Action;
use super::super::theme;
use crate::domain::command::Command;
use crate::domain::time::parse_user_time;
use crate::domain::{NewPost, PostKind};
use crate::store::Store;

/// The form's fields, kept between posts (platform, date and kind stay; numbers clear).
#[derive(Debug, Clone)]
pub struct PostForm {
    /// A platform key; empty until the first draw picks the first platform.
    pub platform: String,
    pub date: String,
    pub kind: PostKind,
    pub url: String,
    pub reactions: u32,
    pub comments: u32,
    pub shares: u32,
    /// Empty when unknown.
    pub impressions: String,
    /// The outcome of the last try: (text, is an error).
    pub message: Option<(String, bool)>,
}

impl Default for PostForm {
    fn default() -> Self {
        Self {
            platform: String::new(),
            date: String::new(),
            kind: PostKind::Relevant,
            url: String::new(),
            reactions: 0,
            comments: 0,
            shares: 0,
            impressions: String::new(),
            message: None,
        }
    }
}

impl PostForm {
    /// The post the fields describe, or what is wrong with them.
    pub fn post(&self) -> Result<NewPost, String> {
        let posted_at = parse_user_time(crate::domain::Field::Date, &self.date).map_err(|e| {
            format!("The date is not valid ({e}). Write it as YYYY-MM-DD, e.g. 2026-03-31.")
        })?;
        let url = self.url.trim();
        if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
            return Err("The link must start with https:// (or leave it empty).".to_owned());
        }
        let impressions = match self.impressions.trim() {
            "" => None,
            s => Some(s.parse::<u32>().map_err(|_| {
                format!("Impressions must be a whole number, or empty when unknown (not “{s}”).")
            })?),
        };
        Ok(NewPost {
            platform: self.platform.clone(),
            posted_at,
            kind: self.kind,
            url: url.to_owned(),
            text: String::new(),
            reactions: self.reactions,
            comments: self.comments,
            shares: self.shares,
            impressions,
        })
    }

    /// Clears what belongs to one post and keeps what the next one likely shares.
    fn clear_post(&mut self) {
        self.url.clear();
        self.reactions = 0;
        self.comments = 0;
        self.shares = 0;
        self.impressions.clear();
    }
}

fn kind_label(kind: PostKind) -> &'static str {
    match kind {
        PostKind::Relevant => "Relevant",
        PostKind::Promotional => "Promotional",
        PostKind::ProfileUpdate => "Profile update",
    }
}

/// Draws the form; "Log post" or Enter in a field pushes `AddPost`.
pub fn post_form_ui(
    ui: &mut egui::Ui,
    form: &mut PostForm,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    let rules = store.rules().all();
    if store.rules().get(&form.platform).is_none()
        && let Some(first) = rules.first()
    {
        form.platform.clone_from(&first.key);
    }
    if form.date.is_empty() && form.message.is_none() {
        form.date = chrono::Local::now().date_naive().to_string();
    }
    ui.strong("Log a post");
    let mut submit = false;
    ui.horizontal_wrapped(|ui| {
        ui.label("Platform:");
        for r in rules {
            ui.radio_value(&mut form.platform, r.key.clone(), &r.name);
        }
        ui.add_space(12.0);
        ui.label("Kind:");
        for k in PostKind::ALL {
            ui.radio_value(&mut form.kind, k, kind_label(k));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let enter = |ui: &egui::Ui, r: &egui::Response| {
            r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
        };
        let l = ui.label("Date");
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut form.date)
                    .desired_width(90.0)
                    .hint_text("YYYY-MM-DD"),
            )
            .labelled_by(l.id);
        submit |= enter(ui, &r);
        let l = ui.label("Link");
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut form.url)
                    .desired_width(220.0)
                    .hint_text("https://…"),
            )
            .labelled_by(l.id);
        submit |= enter(ui, &r);
        for (name, value) in [
            ("Reactions", &mut form.reactions),
            ("Comments", &mut form.comments),
            ("Shares", &mut form.shares),
        ] {
            let l = ui.label(name);
            let r = ui
                .add(egui::DragValue::new(value).range(0..=u32::MAX))
                .labelled_by(l.id);
            submit |= enter(ui, &r);
        }
        let l = ui.label("Impressions");
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut form.impressions)
                    .desired_width(70.0)
                    .hint_text("optional"),
            )
            .labelled_by(l.id);
        submit |= enter(ui, &r);
        submit |= ui.button("Log post").clicked();
    });
    if submit {
        match form.post() {
            Ok(post) => {
                let name = store
                    .rules()
                    .get(&post.platform)
                    .map_or_else(|| post.platform.clone(), |r| r.name.clone());
                form.message = Some((
                    format!(
                        "Logged a {} post on {name} for {}.",
                        kind_label(post.kind).to_lowercase(),
                        post.posted_at.date_naive()
                    ),
                    false,
                ));
                actions.push(Action::Apply(Command::AddPost(post)));
                form.clear_post();
            }
            Err(e) => form.message = Some((e, true)),
        }
    }
    match &form.message {
        Some((text, true)) => {
            ui.colored_label(ui.visuals().error_fg_color, text);
        }
        Some((text, false)) => {
            ui.label(text);
        }
        None => {
            ui.label(
                egui::RichText::new("Tab moves between fields, Enter logs the post. Mark promotional posts and automatic profile updates honestly: they explain who hides you.")
                    .color(theme::MUTED),
            );
        }
    }
}
