//! The audience segments of a platform: what each means, its colour, and the list of its
//! people, each a link to the contact page.

use std::collections::HashMap;

use egui::Color32;

use super::super::app::Action;
use super::super::theme;
use crate::domain::metrics::{PlatformVisibility, Segment};
use crate::domain::{ContactId, PlatformRule};
use crate::i18n;
use crate::store::Store;
use crate::t;

/// One segment of a platform's audience.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SegmentKind {
    #[default]
    Engaged,
    ProbablyHidden,
    Quiet,
    FollowersVisible,
    FollowersNotVisible,
    Pending,
}

impl SegmentKind {
    pub const ALL: [Self; 6] = [
        Self::Engaged,
        Self::ProbablyHidden,
        Self::Quiet,
        Self::FollowersVisible,
        Self::FollowersNotVisible,
        Self::Pending,
    ];

    /// The segment of this kind in `v`.
    #[must_use]
    pub fn of(self, v: &PlatformVisibility) -> &Segment {
        match self {
            Self::Engaged => &v.engaged,
            Self::ProbablyHidden => &v.probably_hidden,
            Self::Quiet => &v.quiet,
            Self::FollowersVisible => &v.followers_visible,
            Self::FollowersNotVisible => &v.followers_not_visible,
            Self::Pending => &v.pending,
        }
    }

    /// The short name, without the estimate mark.
    #[must_use]
    pub fn name(self) -> String {
        match self {
            Self::Engaged => t!("visibility-segment-engaged"),
            Self::ProbablyHidden => t!("visibility-segment-hidden"),
            Self::Quiet => t!("visibility-segment-quiet"),
            Self::FollowersVisible => t!("visibility-segment-followers-visible"),
            Self::FollowersNotVisible => t!("visibility-segment-followers-not-visible"),
            Self::Pending => t!("visibility-segment-pending"),
        }
    }

    /// The name, marked "(estimate)" when the rule behind it guesses.
    #[must_use]
    pub fn label(self, segment: &Segment) -> String {
        if segment.estimate || self == Self::ProbablyHidden {
            t!("visibility-estimate", segment = self.name())
        } else {
            self.name()
        }
    }

    /// What the segment means, and what to do about it.
    #[must_use]
    pub fn meaning(self, rule: &PlatformRule) -> String {
        let name = rule.name.as_str();
        match self {
            Self::Engaged => t!("visibility-meaning-engaged", platform = name),
            Self::ProbablyHidden => t!("visibility-meaning-hidden", platform = name),
            Self::Quiet => t!("visibility-meaning-quiet"),
            Self::FollowersVisible => {
                t!("visibility-meaning-followers-visible", platform = name)
            }
            Self::FollowersNotVisible => {
                t!("visibility-meaning-followers-not-visible", platform = name)
            }
            Self::Pending => t!("visibility-meaning-pending"),
        }
    }

    /// Whether the platform can have this segment at all (by its rules) or it has people.
    #[must_use]
    pub fn shown(self, v: &PlatformVisibility, rule: &PlatformRule) -> bool {
        match self {
            Self::FollowersVisible => {
                rule.followers_see_posts || !v.followers_visible.contacts.is_empty()
            }
            Self::FollowersNotVisible => {
                !rule.followers_see_posts || !v.followers_not_visible.contacts.is_empty()
            }
            _ => true,
        }
    }

    #[must_use]
    pub fn color(self) -> Color32 {
        match self {
            Self::Engaged => theme::CONNECTED,
            Self::ProbablyHidden => theme::WARNING,
            Self::Quiet => theme::MUTED,
            Self::FollowersVisible => theme::FOLLOWER,
            Self::FollowersNotVisible => theme::REDIRECTED,
            Self::Pending => theme::PENDING,
        }
    }
}

/// The segment picker of one platform and the people of the chosen segment.
pub fn segments_ui(
    ui: &mut egui::Ui,
    v: &PlatformVisibility,
    rule: &PlatformRule,
    selected: &mut SegmentKind,
    names: &mut HashMap<ContactId, String>,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    ui.strong(t!("visibility-people-on", platform = rule.name.as_str()));
    ui.horizontal_wrapped(|ui| {
        for kind in SegmentKind::ALL.into_iter().filter(|k| k.shown(v, rule)) {
            let seg = kind.of(v);
            let text = egui::RichText::new(format!(
                "{} ({})",
                kind.label(seg),
                i18n::number(seg.count())
            ))
            .color(kind.color());
            if ui.selectable_label(*selected == kind, text).clicked() {
                *selected = kind;
            }
        }
    });
    if !selected.shown(v, rule) {
        *selected = SegmentKind::Engaged;
    }
    ui.label(egui::RichText::new(selected.meaning(rule)).color(theme::MUTED));
    let people = &selected.of(v).contacts;
    if people.is_empty() {
        ui.label(t!("visibility-segment-nobody"));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt(("visibility-people", rule.key.as_str(), *selected as u8))
        .min_scrolled_height(theme::ROW_HEIGHT * 8.0)
        .max_height(theme::ROW_HEIGHT * 8.0)
        .auto_shrink([false, true])
        .show_rows(ui, theme::ROW_HEIGHT, people.len(), |ui, range| {
            let page = &people[range];
            let missing: Vec<ContactId> = page
                .iter()
                .filter(|id| !names.contains_key(id))
                .copied()
                .collect();
            if !missing.is_empty() {
                let found = store
                    .contact_names(&missing)
                    .unwrap_or_else(|_| vec![String::new(); missing.len()]);
                for (id, name) in missing.iter().zip(found) {
                    names.insert(*id, name);
                }
            }
            for id in page {
                let name = names
                    .get(id)
                    .filter(|n| !n.is_empty())
                    .cloned()
                    .unwrap_or_else(|| t!("visibility-contact-number", id = id.0.to_string()));
                if ui
                    .link(name)
                    .on_hover_text(t!("visibility-open-contact"))
                    .clicked()
                {
                    actions.push(Action::Open(*id));
                }
            }
        });
}
