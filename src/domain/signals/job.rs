//! Jobs and job changes: whether two company/position pairs are the same job (case,
//! spacing and legal form aside), and whether a change is a promotion (a higher title at the
//! same company), a move (another company) or a new title.

use serde::{Deserialize, Serialize};

/// A company and a position, as a contact's fields hold them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    pub company: String,
    pub position: String,
}

impl Job {
    #[must_use]
    pub fn new(company: &str, position: &str) -> Self {
        Self {
            company: company.trim().to_owned(),
            position: position.trim().to_owned(),
        }
    }

    /// The job a headline states, when it states one plainly: "Head of Sales at Nordlicht
    /// AG", "CTO @ Example", "Leiterin Einkauf bei Kessler `GmbH`", with a " | place" or
    /// " · more" tail left out. A headline that is no "position at company" (a slogan,
    /// "Helping B2B teams grow") states no job: `None`, so it never makes a job change.
    #[must_use]
    pub fn from_headline(headline: &str) -> Option<Self> {
        let head = headline.split(['|', '·']).next().unwrap_or_default().trim();
        let (position, company) = [" at ", " @ ", " bei ", " At "]
            .iter()
            .find_map(|sep| head.split_once(sep))?;
        let (position, company) = (position.trim(), company.trim());
        (!position.is_empty() && !company.is_empty()).then(|| Self::new(company, position))
    }

    /// Neither a company nor a position.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.company.is_empty() && self.position.is_empty()
    }

    /// "Head of Sales at Müller `GmbH`", or whichever half is known.
    #[must_use]
    pub fn text(&self) -> String {
        match (self.position.is_empty(), self.company.is_empty()) {
            (false, false) => crate::t!(
                "signals-job-at",
                position = self.position.as_str(),
                company = self.company.as_str()
            ),
            (false, true) => self.position.clone(),
            (true, false) => self.company.clone(),
            (true, true) => crate::t!("signals-job-unknown"),
        }
    }
}

/// What kind of change it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A higher title at the same company.
    Promotion,
    /// Another company.
    Move,
    /// Another title at the same company, not a higher one.
    NewTitle,
}

/// An old and a new job of the same person: the message of a `job_changed` event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobChange {
    pub from: Job,
    pub to: Job,
}

impl JobChange {
    /// The change from `have` to what a file says, if it is one: a field the file leaves
    /// empty keeps its value; case, spacing and the legal form of the company do not count.
    #[must_use]
    pub fn detect(have: &Job, file: &Job) -> Option<Self> {
        let to = Job {
            company: if file.company.trim().is_empty() {
                have.company.clone()
            } else {
                file.company.trim().to_owned()
            },
            position: if file.position.trim().is_empty() {
                have.position.clone()
            } else {
                file.position.trim().to_owned()
            },
        };
        // Nothing known before is a first fill, not a change.
        if have.is_empty() || same_job(have, &to) {
            return None;
        }
        Some(Self {
            from: have.clone(),
            to,
        })
    }

    /// Promotion, move or new title.
    #[must_use]
    pub fn kind(&self) -> ChangeKind {
        if !self.from.company.is_empty()
            && !self.to.company.is_empty()
            && company_key(&self.from.company) != company_key(&self.to.company)
        {
            ChangeKind::Move
        } else if title_level(&self.to.position) > title_level(&self.from.position) {
            ChangeKind::Promotion
        } else if self.from.company.is_empty() && !self.to.company.is_empty() {
            ChangeKind::Move
        } else {
            ChangeKind::NewTitle
        }
    }

    /// The event message (JSON).
    #[must_use]
    pub fn to_message(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads an event message; `None` when it is not one.
    #[must_use]
    pub fn from_message(message: &str) -> Option<Self> {
        serde_json::from_str(message).ok()
    }
}

/// Two jobs are the same when company and position are, case, spacing and legal form aside.
#[must_use]
pub fn same_job(a: &Job, b: &Job) -> bool {
    company_key(&a.company) == company_key(&b.company) && words(&a.position) == words(&b.position)
}

/// Lowercase words of a text, letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Legal forms left out when comparing companies ("Müller `GmbH`" is "Müller").
const LEGAL_FORMS: [&str; 16] = [
    "gmbh", "ag", "kg", "co", "se", "ug", "ohg", "gbr", "mbh", "inc", "ltd", "llc", "corp", "plc",
    "sa", "bv",
];

fn company_key(company: &str) -> Vec<String> {
    let mut w = words(company);
    while w.len() > 1 && w.last().is_some_and(|l| LEGAL_FORMS.contains(&l.as_str())) {
        w.pop();
    }
    w
}

/// How senior a title reads: 0 (none of the marks), 1 senior or lead, 2 head of a team or
/// department ("Head of", "Leiter"), 3 director or vice president, 4 the top (C-level,
/// "Geschäftsführer", owner, founder). The highest mark in the title counts.
#[must_use]
pub fn title_level(position: &str) -> u8 {
    const TOP: [&str; 25] = [
        "ceo",
        "cto",
        "cfo",
        "coo",
        "cmo",
        "cso",
        "cio",
        "cro",
        "cpo",
        "chief",
        "geschäftsführer",
        "geschäftsführerin",
        "geschaeftsfuehrer",
        "geschaeftsfuehrerin",
        "managing director",
        "vorstand",
        "vorständin",
        "president",
        "präsident",
        "präsidentin",
        "owner",
        "inhaber",
        "inhaberin",
        "founder",
        "co founder",
    ];
    const DIRECTOR: [&str; 9] = [
        "director",
        "direktor",
        "direktorin",
        "vp",
        "svp",
        "evp",
        "vice president",
        "prokurist",
        "prokuristin",
    ];
    const HEAD: [&str; 4] = ["head of", "head", "leitung", "bereichsleitung"];
    const SENIOR: [&str; 8] = [
        "senior",
        "sr",
        "lead",
        "principal",
        "staff",
        "teamleiter",
        "teamleiterin",
        "teamleitung",
    ];
    let w = words(position);
    // "Vice president" is a director's rank, not the top one.
    let joined = format!(" {} ", w.join(" ")).replace(" vice president ", " vp ");
    let has = |phrase: &str| joined.contains(&format!(" {phrase} "));
    let any_word = |f: &dyn Fn(&str) -> bool| w.iter().any(|x| f(x));
    let leader = |x: &str| {
        (x.ends_with("leiter") || x.ends_with("leiterin"))
            && !x.starts_with("team")
            && !x.starts_with("gruppen")
    };
    if TOP.iter().any(|p| has(p))
        || any_word(&|x| x.starts_with("gründer") || x.starts_with("geschäftsführ"))
    {
        4
    } else if DIRECTOR.iter().any(|p| has(p)) {
        3
    } else if HEAD.iter().any(|p| has(p)) || any_word(&leader) {
        2
    } else {
        u8::from(
            SENIOR.iter().any(|p| has(p))
                || any_word(&|x| x.starts_with("gruppenleit") || x.starts_with("teamleit")),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(c: &str, p: &str) -> Job {
        Job::new(c, p)
    }

    #[test]
    fn titles_are_ranked_in_both_languages() {
        for (title, level) in [
            ("Sales Manager", 0),
            ("Account Executive", 0),
            ("Senior Sales Manager", 1),
            ("Team Lead Marketing", 1),
            ("Teamleiterin Vertrieb", 1),
            ("Head of Sales", 2),
            ("Leiter Einkauf", 2),
            ("Vertriebsleiter", 2),
            ("Bereichsleiterin IT", 2),
            ("Director Sales EMEA", 3),
            ("VP Marketing", 3),
            ("Senior Vice President", 3),
            ("CEO", 4),
            ("Chief Revenue Officer", 4),
            ("Geschäftsführer", 4),
            ("Managing Director", 4),
            ("Co-Founder & CTO", 4),
        ] {
            assert_eq!(title_level(title), level, "{title}");
        }
    }

    #[test]
    fn a_higher_title_at_the_same_company_is_a_promotion_another_company_a_move() {
        let change = |a: Job, b: Job| JobChange::detect(&a, &b).map(|c| c.kind());
        assert_eq!(
            change(
                job("Müller GmbH", "Sales Manager"),
                job("Müller GmbH", "Head of Sales")
            ),
            Some(ChangeKind::Promotion)
        );
        assert_eq!(
            change(
                job("Müller", "Referent"),
                job("müller gmbh", "Abteilungsleiter"),
            ),
            Some(ChangeKind::Promotion),
            "the legal form and case do not make another company"
        );
        assert_eq!(
            change(
                job("Müller GmbH", "Head of Sales"),
                job("Schmidt AG", "Head of Sales")
            ),
            Some(ChangeKind::Move)
        );
        assert_eq!(
            change(
                job("Müller GmbH", "Sales Manager"),
                job("Schmidt AG", "CEO")
            ),
            Some(ChangeKind::Move),
            "a higher title elsewhere is a move"
        );
        assert_eq!(
            change(
                job("Müller GmbH", "Head of Sales"),
                job("Müller GmbH", "Head of Marketing")
            ),
            Some(ChangeKind::NewTitle)
        );
    }

    #[test]
    fn case_spacing_and_empty_fields_are_no_change() {
        let have = job("Müller, Schmidt & Partner GmbH", "Head of Sales");
        assert_eq!(
            JobChange::detect(
                &have,
                &job("müller,  schmidt & partner gmbh", " head of  sales")
            ),
            None
        );
        assert_eq!(JobChange::detect(&have, &job("", "")), None);
        assert_eq!(JobChange::detect(&job("", ""), &have), None, "a first fill");
        let c = JobChange::detect(&have, &job("", "CEO")).unwrap();
        assert_eq!(c.to, job("Müller, Schmidt & Partner GmbH", "CEO"));
        assert_eq!(JobChange::from_message(&c.to_message()), Some(c));
        assert_eq!(JobChange::from_message("liked"), None);
    }
}

#[cfg(test)]
mod headline_tests {
    use super::*;

    #[test]
    fn a_headline_states_a_job_only_as_position_at_company() {
        assert_eq!(
            Job::from_headline("Head of Sales at Nordlicht AG | Hamburg"),
            Some(Job::new("Nordlicht AG", "Head of Sales"))
        );
        assert_eq!(
            Job::from_headline("Leiterin Einkauf bei Kessler GmbH"),
            Some(Job::new("Kessler GmbH", "Leiterin Einkauf"))
        );
        assert_eq!(
            Job::from_headline("CTO @ Example · Speaker"),
            Some(Job::new("Example", "CTO"))
        );
        assert_eq!(Job::from_headline("Helping B2B teams grow | Speaker"), None);
        assert_eq!(Job::from_headline("Sales Director"), None);
    }
}
