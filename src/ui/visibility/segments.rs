//! The audience segments of a platform: what each means, its colour, and the list of its
//! people, each a link to the contact page.

use std::collections::HashMap;

use egui::Color32;

use super::super::app::Action;
use super::super::theme;
use crate::domain::metrics::{PlatformVisibility, Segment};
use crate::domain::{ContactId, PlatformRule};
use crate::store::Store;

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
    pub fn name(self) -> &'static str {
        match self {
            Self::Engaged => "Engaged",
            Self::ProbablyHidden => "Probably hide you",
            Self::Quiet => "Quiet, too early to judge",
            Self::FollowersVisible => "Followers who see your posts",
            Self::FollowersNotVisible => "Followers who cannot see your posts",
            Self::Pending => "Pending, not following yet",
        }
    }

    /// The name, marked "(estimate)" when the rule behind it guesses.
    #[must_use]
    pub fn label(self, segment: &Segment) -> String {
        if segment.estimate || self == Self::ProbablyHidden {
            format!("{} (estimate)", self.name())
        } else {
            self.name().to_owned()
        }
    }

    /// What the segment means, and what to do about it.
    #[must_use]
    pub fn meaning(self, rule: &PlatformRule) -> String {
        let name = &rule.name;
        match self {
            Self::Engaged => format!(
                "Connections who liked, commented or shared within the last N days: they see your posts on {name}."
            ),
            Self::ProbablyHidden => format!(
                "An estimate: connections silent for N days while you posted at least K times. {name} does not tell you; write to the ones who matter."
            ),
            Self::Quiet => "Connections who do not react yet, but too recently connected, or you posted too little, to judge.".to_owned(),
            Self::FollowersVisible => format!(
                "Follow you without being connected; on {name} followers see your posts."
            ),
            Self::FollowersNotVisible => format!(
                "Follow you without being connected, but on {name} followers do not see your posts: only connections do."
            ),
            Self::Pending => "Undecided requests, and people you redirected to Follow who do not follow yet: they do not see your posts yet.".to_owned(),
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
    ui.strong(format!("People on {}", rule.name));
    ui.horizontal_wrapped(|ui| {
        for kind in SegmentKind::ALL.into_iter().filter(|k| k.shown(v, rule)) {
            let seg = kind.of(v);
            let text = egui::RichText::new(format!("{} ({})", kind.label(seg), seg.count()))
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
        ui.label("Nobody in this group.");
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt(("visibility-people", rule.key.as_str(), *selected as u8))
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
                    .unwrap_or_else(|| format!("Contact #{}", id.0));
                if ui.link(name).on_hover_text("Open the contact").clicked() {
                    actions.push(Action::Open(*id));
                }
            }
        });
}
