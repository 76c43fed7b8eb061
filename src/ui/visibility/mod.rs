//! Visibility: "is my network dead, or am I hidden?" — who can see my posts on each
//! platform (a stacked bar per platform, a verdict line, each segment's people), the
//! content mix that explains it, the engagement rate, my posts with their kinds to correct,
//! a form to log a post, and how the platforms differ. Metrics are computed only when the
//! snapshot or N/K change.

mod charts;
mod post_form;
mod posts;
mod segments;
mod warnings;

use std::collections::HashMap;

use chrono::NaiveDate;

use super::app::{Action, View};
use super::theme;
use crate::domain::metrics::{
    ContentMix, EngagementPoint, Log, MixParams, PlatformVisibility, VisibilityParams, content_mix,
    engagement_rate, visibility,
};
use crate::domain::{ContactId, PlatformRule};
use crate::store::Store;
use crate::t;

pub use post_form::PostForm;
pub use segments::SegmentKind;

/// What the cached metrics were computed from: the snapshot's generation (the app bumps
/// it on every change to the snapshot), N and K, and the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Inputs {
    generation: u64,
    params: VisibilityParams,
    as_of: NaiveDate,
}

/// The metrics of one snapshot and parameter set.
#[derive(Debug)]
struct Computed {
    inputs: Inputs,
    visibility: Vec<PlatformVisibility>,
    mix: Vec<ContentMix>,
    /// Per platform, in display order.
    rates: Vec<Vec<EngagementPoint>>,
    contacts: usize,
    posts: usize,
}

/// The state of the Visibility view: N and K, the selection, the cached metrics and the
/// post form.
#[derive(Debug, Default)]
pub struct VisibilityView {
    params: VisibilityParams,
    /// The platform whose people and charts are shown (index into the rules).
    platform: usize,
    segment: SegmentKind,
    computed: Option<Computed>,
    /// Names of the people shown so far, read from the store as rows scroll into view.
    names: HashMap<ContactId, String>,
    form: PostForm,
    /// My posts on the selected platform, to correct their kinds.
    posts: posts::PostList,
    /// How many times the metrics were computed (a test checks it stays put while idle).
    computations: u64,
}

impl VisibilityView {
    /// Recomputes the metrics when the snapshot, N, K or the day changed; true if it did.
    pub fn refresh(&mut self, log: &Log, generation: u64, as_of: NaiveDate) -> bool {
        let inputs = Inputs {
            generation,
            params: self.params,
            as_of,
        };
        if self.computed.as_ref().is_some_and(|c| c.inputs == inputs) {
            return false;
        }
        let rates = log
            .platforms()
            .iter()
            .map(|r| engagement_rate(log, &r.key, as_of))
            .collect();
        self.computed = Some(Computed {
            inputs,
            visibility: visibility(log, as_of, &self.params),
            mix: content_mix(log, as_of, &MixParams::default()),
            rates,
            contacts: log.contact_count(),
            posts: log.posts().len(),
        });
        self.names.clear();
        self.computations += 1;
        true
    }

    /// How many times the metrics were computed.
    #[cfg(test)]
    #[must_use]
    pub fn computations(&self) -> u64 {
        self.computations
    }
}

/// Draws Visibility.
pub fn visibility_ui(
    ui: &mut egui::Ui,
    view: &mut VisibilityView,
    store: &Store,
    log: Option<(&Log, u64)>,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .id_salt("visibility-page")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(t!("nav-visibility"));
            ui.label(egui::RichText::new(t!("visibility-intro")).color(theme::MUTED));
            match log {
                None => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(t!("visibility-reading"));
                    });
                }
                Some((log, generation)) => {
                    view.refresh(log, generation, chrono::Local::now().date_naive());
                    content_ui(ui, view, store, actions);
                }
            }
            ui.add_space(theme::SECTION_GAP);
            post_form::post_form_ui(ui, &mut view.form, store, actions);
            ui.add_space(theme::SECTION_GAP);
            ui.separator();
            platform_rules_ui(ui, store);
        });
}

/// Everything that needs the metrics.
fn content_ui(
    ui: &mut egui::Ui,
    view: &mut VisibilityView,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    let Some(c) = &view.computed else {
        return;
    };
    if c.contacts == 0 && c.posts == 0 {
        empty_ui(ui, actions);
        return;
    }
    let rules = store.rules().all();
    params_ui(ui, &mut view.params);
    ui.add_space(4.0);
    for v in &c.visibility {
        if let Some(rule) = store.rules().get(&v.platform) {
            let (text, color) = verdict(v, rule, &view.params);
            ui.label(egui::RichText::new(text).color(color).strong());
        }
    }
    warnings::warnings_ui(ui, &c.mix, &c.visibility, store.rules());
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        ui.strong(t!("visibility-platform"));
        for (i, r) in rules.iter().enumerate() {
            if ui.selectable_label(view.platform == i, &r.name).clicked() {
                view.platform = i;
            }
        }
    });
    view.platform = view.platform.min(rules.len().saturating_sub(1));
    let Some(rule) = rules.get(view.platform) else {
        return;
    };
    let half = ((ui.available_width() - 16.0) / 2.0).max(280.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(half);
            charts::audience_chart_ui(ui, &c.visibility, store.rules());
        });
        ui.vertical(|ui| {
            ui.set_width(half);
            if let Some(v) = c.visibility.get(view.platform) {
                segments::segments_ui(
                    ui,
                    v,
                    rule,
                    &mut view.segment,
                    &mut view.names,
                    store,
                    actions,
                );
            }
        });
    });
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(half);
            if let Some(m) = c.mix.get(view.platform) {
                charts::mix_chart_ui(ui, m, rule);
            }
        });
        ui.vertical(|ui| {
            ui.set_width(half);
            if let Some(points) = c.rates.get(view.platform) {
                charts::engagement_chart_ui(ui, points, rule);
            }
        });
    });
    ui.add_space(theme::SECTION_GAP);
    let generation = c.inputs.generation;
    posts::posts_ui(ui, &mut view.posts, rule, generation, store, actions);
}

/// N and K, in one sentence.
fn params_ui(ui: &mut egui::Ui, params: &mut VisibilityParams) {
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t!("visibility-params-n"));
        let n = ui
            .add(
                egui::DragValue::new(&mut params.silent_days)
                    .range(7..=730)
                    .custom_formatter(|v, _| t!("visibility-days", count = v.round() as i64))
                    .custom_parser(parse_whole),
            )
            .labelled_by(l.id)
            .on_hover_text(t!("visibility-params-n-tooltip"));
        let l = ui.label(t!("visibility-params-k"));
        let k = ui
            .add(
                egui::DragValue::new(&mut params.min_posts)
                    .range(1..=100)
                    .custom_formatter(|v, _| t!("visibility-posts", count = v.round() as i64))
                    .custom_parser(parse_whole),
            )
            .labelled_by(l.id)
            .on_hover_text(t!("visibility-params-k-tooltip"));
        ui.label(t!("visibility-params-end"));
        if n.changed() || k.changed() {
            // The metrics follow on the next frame.
            ui.ctx().request_repaint();
        }
    });
}

/// A whole number as typed into a field that shows it with its unit ("90 days", "90 Tage"):
/// its digits.
fn parse_whole(text: &str) -> Option<f64> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The one-line answer to "dead or hidden?" for a platform, from the segment sizes.
#[must_use]
pub fn verdict(
    v: &PlatformVisibility,
    rule: &PlatformRule,
    params: &VisibilityParams,
) -> (String, egui::Color32) {
    let n = params.silent_days;
    let (engaged, hidden, quiet) = (
        v.engaged.count(),
        v.probably_hidden.count(),
        v.quiet.count(),
    );
    let connections = engaged + hidden + quiet;
    let followers = v.followers_visible.count() + v.followers_not_visible.count();
    let name = rule.name.as_str();
    let (mut text, color) = if connections + followers + v.pending.count() == 0 {
        (
            t!("visibility-verdict-empty", platform = name),
            theme::MUTED,
        )
    } else if v.posts_in_window == 0 {
        (
            t!("visibility-verdict-silent", platform = name, days = n),
            theme::PENDING,
        )
    } else if hidden > 0 && hidden >= engaged {
        (
            t!(
                "visibility-verdict-hidden",
                platform = name,
                hidden = hidden,
                connections = connections,
                engaged = engaged,
                days = n
            ),
            theme::WARNING,
        )
    } else if engaged > 0 {
        (
            t!(
                "visibility-verdict-alive",
                platform = name,
                hidden = hidden,
                connections = connections,
                engaged = engaged,
                days = n
            ),
            theme::CONNECTED,
        )
    } else {
        (
            t!(
                "visibility-verdict-quiet",
                platform = name,
                days = n,
                posts = v.posts_in_window
            ),
            theme::PENDING,
        )
    };
    let unseen = v.followers_not_visible.count();
    if unseen > 0 {
        text.push(' ');
        text.push_str(&t!(
            "visibility-unseen-followers",
            platform = name,
            count = unseen
        ));
    }
    (text, color)
}

/// No posts and no contacts: what to do first.
fn empty_ui(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.add_space(20.0);
    ui.label(egui::RichText::new(t!("visibility-empty")).size(18.0));
    ui.label(t!("visibility-empty-hint"));
    if ui.button(t!("visibility-import")).clicked() {
        actions.push(Action::Go(View::Import));
    }
}

/// How to show one rule of a platform.
type RuleText = fn(&crate::domain::PlatformRule) -> String;

fn yes_no(b: bool) -> String {
    if b {
        t!("visibility-yes")
    } else {
        t!("visibility-no")
    }
}

/// "How LinkedIn and XING differ": the platform rules as data, and the article's two
/// misconceptions with what is true instead.
pub fn platform_rules_ui(ui: &mut egui::Ui, store: &Store) {
    ui.strong(t!("visibility-rules-title"));
    let rules = store.rules().all();
    egui::Grid::new("platform-rules")
        .striped(true)
        .num_columns(rules.len() + 1)
        .show(ui, |ui| {
            ui.label(String::new());
            for r in rules {
                ui.strong(&r.name);
            }
            ui.end_row();
            let rows: [(String, RuleText); 6] = [
                (t!("visibility-rule-follow"), |r| {
                    yes_no(r.follow_without_connecting)
                }),
                (t!("visibility-rule-followers-see"), |r| {
                    yes_no(r.followers_see_posts)
                }),
                (t!("visibility-rule-connections-see"), |r| {
                    yes_no(r.connections_see_posts)
                }),
                (t!("visibility-rule-silent-hide"), |r| yes_no(r.silent_hide)),
                (t!("visibility-rule-new-followers"), |r| {
                    yes_no(r.shows_new_followers)
                }),
                (t!("visibility-rule-export"), |r| r.bulk_export.clone()),
            ];
            for (label, get) in rows {
                ui.label(label);
                for r in rules {
                    ui.label(get(r));
                }
                ui.end_row();
            }
        });
    ui.add_space(theme::SECTION_GAP);
    ui.strong(t!("visibility-myths-title"));
    ui.label(t!("visibility-myth-followers"));
    ui.label(t!("visibility-myth-linkedin"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::metrics::LogBuilder;
    use crate::domain::{EventKind, NewEvent, NewPost, PlatformRules, PostKind};
    use chrono::{TimeZone, Utc};

    fn log() -> Log {
        let mut log = LogBuilder::new(&PlatformRules::builtin()).build();
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        log.push(&NewEvent::manual(
            ContactId(1),
            "linkedin",
            EventKind::Connected,
            at,
        ))
        .unwrap();
        log
    }

    #[test]
    fn metrics_are_computed_again_only_when_their_inputs_change() {
        let mut log = log();
        let mut view = VisibilityView::default();
        let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        assert!(view.refresh(&log, 1, day));
        assert!(
            !view.refresh(&log, 1, day),
            "an idle frame computes nothing"
        );
        view.params.min_posts = 5;
        assert!(view.refresh(&log, 1, day), "K changed");
        log.push_post(&NewPost {
            platform: "linkedin".into(),
            posted_at: Utc.with_ymd_and_hms(2026, 5, 1, 9, 0, 0).unwrap(),
            kind: PostKind::Relevant,
            url: String::new(),
            text: String::new(),
            reactions: 1,
            comments: 0,
            shares: 0,
            impressions: None,
            audience: crate::domain::PostAudience::Anyone,
        })
        .unwrap();
        assert!(view.refresh(&log, 2, day), "a post was logged");
        assert!(view.refresh(&log, 2, day.succ_opt().unwrap()), "a new day");
        assert_eq!(view.computations(), 4);
    }

    #[test]
    fn the_verdict_says_hidden_when_more_hide_than_engage() {
        let rules = PlatformRules::builtin();
        let rule = rules.get("linkedin").unwrap();
        let mut v = visibility(
            &log(),
            NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
            &VisibilityParams::default(),
        )
        .remove(0);
        v.posts_in_window = 4;
        v.probably_hidden.contacts = vec![ContactId(1), ContactId(2)];
        v.engaged.contacts = vec![ContactId(3)];
        v.quiet.contacts.clear();
        let (text, _) = verdict(&v, rule, &VisibilityParams::default());
        assert!(text.contains("not dead, hidden"), "{text}");
        assert!(text.contains("(estimate)"), "{text}");
        v.engaged.contacts = vec![ContactId(3), ContactId(4), ContactId(5)];
        let (text, _) = verdict(&v, rule, &VisibilityParams::default());
        assert!(text.contains("alive"), "{text}");
    }
}
