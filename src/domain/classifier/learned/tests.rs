//! The learned classifier: its trainer, its signals' false triggers, and its explanations,
//! on messages written for these tests.

use super::corpus::Example;
use super::*;
use crate::domain::PlatformRules;

fn example(message: &str, specific: bool) -> Example {
    Example {
        message: message.to_owned(),
        platform: "linkedin".to_owned(),
        specific,
        pitch: false,
        lang: Lang::En,
        weight: 1.0,
    }
}

/// The ids of the designed signals that fire on `message`.
fn signals(message: &str) -> Vec<String> {
    let s = Signals::builtin();
    let mut hits = Vec::new();
    s.hits(message, &mut hits);
    hits.iter().map(|h| s.list[h.index].id.clone()).collect()
}

#[test]
fn the_shipped_signals_parse() {
    assert!(Signals::builtin().list.len() >= 10);
}

#[test]
fn the_trainer_learns_a_separable_rule_from_a_tiny_corpus() {
    // "invoice" always means specific, "network" always unspecific; the rest is noise.
    let mut lines = Vec::new();
    for (i, filler) in ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
        .iter()
        .enumerate()
    {
        lines.push(example(
            &format!("{filler} question about the invoice {i}"),
            true,
        ));
        lines.push(example(&format!("{filler} invoice please"), true));
        lines.push(example(&format!("{filler} growing the network {i}"), false));
        lines.push(example(&format!("{filler} network please"), false));
    }
    let rules = PlatformRules::builtin();
    let base = Classifier::builtin();
    let model = train::train(&base, &rules, &lines, 3, vec![]);
    let c = Classifier::with_model(model.clone());
    let rule = rules.require("linkedin").unwrap();
    let s = c.classify("golf invoice", rule);
    let u = c.classify("golf network", rule);
    assert!(s.probability.unwrap() > 0.5, "{s:?}");
    assert!(u.probability.unwrap() < 0.5, "{u:?}");
    let w = |name: &str| {
        model
            .features
            .iter()
            .find(|f| f.0 == name)
            .map_or(0.0, |f| f.1)
    };
    assert!(w("w:invoic") > 0.0 && w("w:network") < 0.0);
    // The same corpus gives the same model.
    assert_eq!(train::train(&base, &rules, &lines, 3, vec![]), model);
}

#[test]
fn position_as_someones_role_is_not_a_job_opening() {
    let role =
        "In my position as Head of Procurement at Kessler AG I read a lot of posts like yours.";
    assert!(!signals(role).contains(&"job_posting_reply".to_owned()));
    let de = "In meiner Position als Leiterin Einkauf bin ich viel unterwegs.";
    assert!(!signals(de).contains(&"job_posting_reply".to_owned()));
    // An advertised one is.
    let opening = "I'd like to apply for the open position you posted last week.";
    assert!(signals(opening).contains(&"job_posting_reply".to_owned()));
}

#[test]
fn friday_in_a_generic_note_is_not_a_date() {
    assert!(
        !signals("Happy Friday! Always great to connect with fellow marketers.")
            .contains(&"date".to_owned())
    );
    assert!(!signals("Schönen Freitag und gerne vernetzen!").contains(&"date".to_owned()));
    assert!(
        signals("Could we talk on Friday at 10am about the rollout?").contains(&"date".to_owned())
    );
}

#[test]
fn we_both_worked_at_is_a_past_collaboration_not_a_shared_group() {
    for m in [
        "Hi Jan, we both worked at Brandt Logistik back in 2019 on the warehouse project.",
        "We both worked on the SAP migration at Kessler, remember?",
        "Hallo Jan, wir haben beide bei Brandt Logistik gearbeitet.",
    ] {
        let found = signals(m);
        assert!(
            found.contains(&"past_collaboration".to_owned()),
            "{m}: {found:?}"
        );
        assert!(!found.contains(&"same_group".to_owned()), "{m}: {found:?}");
    }
}

#[test]
fn a_mere_mention_of_your_post_is_not_a_concrete_reference() {
    let found = signals("Loved your post! Great insights, would love to connect.");
    assert!(!found.contains(&"topic_reference".to_owned()), "{found:?}");
    assert!(!found.contains(&"question".to_owned()), "{found:?}");
    let concrete =
        signals("Your post about pallet tracking made me wonder: does it work with RFID gates?");
    assert!(
        concrete.contains(&"topic_reference".to_owned()),
        "{concrete:?}"
    );
}

#[test]
fn the_platform_rules_still_decide_first() {
    let rules = PlatformRules::builtin();
    let c = Classifier::builtin();
    let empty = c.classify("", rules.require("linkedin").unwrap());
    assert_eq!(empty.verdict, Verdict::Unspecific);
    assert_eq!(empty.proposal, Proposal::Redirect);
    assert_eq!(empty.probability, None);
    let xing = c.classify(" ", rules.require("xing").unwrap());
    assert_eq!(xing.verdict, Verdict::Unclear);
    let stock = c.classify(
        "Hi Sarah, I'd like to add you to my professional network on LinkedIn.",
        rules.require("linkedin").unwrap(),
    );
    assert_eq!(stock.verdict, Verdict::Unspecific);
    assert_eq!(stock.reasons[0].text, "LinkedIn's default text");
}

#[test]
fn reasons_point_at_the_words_in_both_languages() {
    let rules = PlatformRules::builtin();
    let c = Classifier::builtin();
    let m = "Hi Tom, we met at the Hannover Messe on Tuesday. Could you send me the quote for 40 units?";
    let r = c.classify(m, rules.require("linkedin").unwrap());
    assert!(!r.reasons.is_empty());
    for reason in &r.reasons {
        let span = reason.span.clone().unwrap();
        assert!(m.is_char_boundary(span.start) && span.end <= m.len());
        assert!(!reason.text_de.is_empty());
        assert_ne!(reason.text, reason.text_de);
    }
}
