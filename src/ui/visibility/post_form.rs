//! "Log a post": one of my posts with its kind and reactions, in a few keystrokes (Tab
//! between fields, Enter logs). Bad input gets a clear message and logs nothing.

use chrono::NaiveDate;

use super::super::app::Action;
use super::super::theme;
use crate::domain::command::Command;
use crate::domain::time::parse_user_time;
use crate::domain::{NewPost, PostAudience, PostKind};
use crate::i18n;
use crate::store::Store;
use crate::t;

/// The form's fields, kept between posts (platform, date, kind and audience stay; link and
/// numbers clear).
#[derive(Debug, Clone)]
pub struct PostForm {
    /// A platform key; empty until the first draw picks the first platform.
    pub platform: String,
    pub date: String,
    pub kind: PostKind,
    pub audience: PostAudience,
    pub url: String,
    pub reactions: u32,
    pub comments: u32,
    pub shares: u32,
    /// Empty when unknown.
    pub impressions: String,
    /// The outcome of the last try, said in the language of the moment it is shown.
    pub message: Option<Outcome>,
}

/// What became of the last post the form tried to log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Logged: its kind, the platform's name, and the day.
    Logged {
        kind: PostKind,
        platform: String,
        day: NaiveDate,
    },
    /// Not logged, for this reason.
    Refused(Problem),
}

/// What is wrong with the form's fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The date, as typed, is no date.
    Date(String),
    /// The link is not a web address.
    Link,
    /// The impressions, as typed, are no whole number.
    Impressions(String),
}

impl Problem {
    /// The message for the person, in the active language.
    #[must_use]
    pub fn text(&self) -> String {
        match self {
            Self::Date(value) => t!(
                "visibility-post-bad-date",
                value = value.as_str(),
                example = i18n::date(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap_or_default())
            ),
            Self::Link => t!("visibility-post-bad-link"),
            Self::Impressions(value) => {
                t!("visibility-post-bad-impressions", value = value.as_str())
            }
        }
    }
}

impl Outcome {
    fn text(&self) -> String {
        match self {
            Self::Logged {
                kind,
                platform,
                day,
            } => t!(
                "visibility-post-logged",
                kind = kind.code(),
                platform = platform.as_str(),
                date = i18n::date(*day)
            ),
            Self::Refused(p) => p.text(),
        }
    }
}

/// A date as typed in either language — `31.03.2026`, `Mar 31, 2026` or `2026-03-31` — in
/// the form the time parser reads (`2026-03-31`); anything else unchanged.
fn iso_date(text: &str) -> String {
    let t = text.trim();
    ["%d.%m.%Y", "%b %d, %Y", "%B %d, %Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
        .map_or_else(|| t.to_owned(), |d| d.format("%Y-%m-%d").to_string())
}

/// A whole number as typed in either language, with or without thousands separators
/// (`1.200`, `1,200`, `1200`).
fn whole_number(text: &str) -> Option<u32> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    digits.parse().ok()
}

impl Default for PostForm {
    fn default() -> Self {
        Self {
            platform: String::new(),
            date: String::new(),
            kind: PostKind::Relevant,
            audience: PostAudience::Anyone,
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
    pub fn post(&self) -> Result<NewPost, Problem> {
        let posted_at = parse_user_time(crate::domain::Field::Date, &iso_date(&self.date))
            .map_err(|_| Problem::Date(self.date.trim().to_owned()))?;
        let url = self.url.trim();
        if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
            return Err(Problem::Link);
        }
        let impressions = match self.impressions.trim() {
            "" => None,
            s => Some(whole_number(s).ok_or_else(|| Problem::Impressions(s.to_owned()))?),
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
            audience: self.audience,
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

/// A kind of post, in the active language.
pub(super) fn kind_label(kind: PostKind) -> String {
    match kind {
        PostKind::Relevant => t!("visibility-kind-relevant"),
        PostKind::Promotional => t!("visibility-kind-promotional"),
        PostKind::ProfileUpdate => t!("visibility-kind-profile-update"),
    }
}

/// Who a post was for, in the active language.
pub(super) fn audience_label(audience: PostAudience) -> String {
    match audience {
        PostAudience::Anyone => t!("visibility-audience-anyone"),
        PostAudience::Connections => t!("visibility-audience-connections"),
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
        form.date = i18n::date(chrono::Local::now().date_naive());
    }
    ui.strong(t!("visibility-post-title"));
    let mut submit = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("visibility-post-platform"));
        for r in rules {
            ui.radio_value(&mut form.platform, r.key.clone(), &r.name);
        }
        ui.add_space(12.0);
        ui.label(t!("visibility-post-kind"));
        for k in PostKind::ALL {
            ui.radio_value(&mut form.kind, k, kind_label(k));
        }
        ui.add_space(12.0);
        ui.label(t!("visibility-post-audience"))
            .on_hover_text(t!("visibility-post-audience-tooltip"));
        for a in PostAudience::ALL {
            ui.radio_value(&mut form.audience, a, audience_label(a));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let enter = |ui: &egui::Ui, r: &egui::Response| {
            r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
        };
        let l = ui.label(t!("visibility-post-date"));
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut form.date)
                    .desired_width(100.0)
                    .hint_text(t!("visibility-post-date-hint")),
            )
            .labelled_by(l.id);
        submit |= enter(ui, &r);
        let l = ui.label(t!("visibility-post-link"));
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut form.url)
                    .desired_width(220.0)
                    .hint_text("https://…"),
            )
            .labelled_by(l.id);
        submit |= enter(ui, &r);
        for (name, value) in [
            (t!("visibility-post-reactions"), &mut form.reactions),
            (t!("visibility-post-comments"), &mut form.comments),
            (t!("visibility-post-shares"), &mut form.shares),
        ] {
            let l = ui.label(name);
            let r = ui
                .add(
                    egui::DragValue::new(value)
                        .range(0..=u32::MAX)
                        .custom_formatter(|v, _| i18n::number(v.round() as u64))
                        .custom_parser(|s| whole_number(s).map(f64::from)),
                )
                .labelled_by(l.id);
            submit |= enter(ui, &r);
        }
        let l = ui.label(t!("visibility-post-impressions"));
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut form.impressions)
                    .desired_width(70.0)
                    .hint_text(t!("visibility-post-optional")),
            )
            .labelled_by(l.id);
        submit |= enter(ui, &r);
        submit |= ui.button(t!("visibility-post-log")).clicked();
    });
    if submit {
        match form.post() {
            Ok(post) => {
                let name = store.rules().name_of(&post.platform).to_owned();
                form.message = Some(Outcome::Logged {
                    kind: post.kind,
                    platform: name,
                    day: post.posted_at.date_naive(),
                });
                actions.push(Action::Apply(Command::AddPost(post)));
                form.clear_post();
            }
            Err(e) => form.message = Some(Outcome::Refused(e)),
        }
    }
    match &form.message {
        Some(o @ Outcome::Refused(_)) => {
            ui.colored_label(ui.visuals().error_fg_color, o.text());
        }
        Some(o @ Outcome::Logged { .. }) => {
            ui.label(o.text());
        }
        None => {
            ui.label(egui::RichText::new(t!("visibility-post-hint")).color(theme::MUTED));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_numbers_are_read_as_either_language_writes_them() {
        for typed in [
            "02.03.2026",
            "2.3.2026",
            "Mar 2, 2026",
            "March 2, 2026",
            "2026-03-02",
        ] {
            assert_eq!(iso_date(typed), "2026-03-02", "{typed}");
        }
        assert_eq!(
            iso_date("30.02.2026"),
            "30.02.2026",
            "no such day: left as typed"
        );
        assert_eq!(whole_number("1.200"), Some(1200));
        assert_eq!(whole_number("1,200"), Some(1200));
        assert_eq!(whole_number("1200"), Some(1200));
        assert_eq!(whole_number("many"), None);
    }

    #[test]
    fn the_prefilled_date_of_each_language_is_accepted() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default();
        for lang in crate::i18n::Lang::ALL {
            crate::i18n::set_lang(lang);
            let form = PostForm {
                platform: "linkedin".into(),
                date: i18n::date(day),
                ..PostForm::default()
            };
            let post = form.post().expect("valid");
            assert_eq!(post.posted_at.date_naive(), day, "{lang:?}");
        }
    }
}
