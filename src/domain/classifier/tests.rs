//! One test per kind of rule, on messages written for the test (not taken from the corpus).

use super::RulesClassifier as Classifier;
use super::*;
use crate::domain::PlatformRules;

fn rules() -> PlatformRules {
    PlatformRules::builtin()
}

fn on(platform: &str, message: &str) -> Classification {
    let rules = rules();
    Classifier::builtin().classify(message, rules.require(platform).unwrap())
}

fn has_reason(c: &Classification, starts_with: &str) -> bool {
    c.reason_texts().any(|t| t.starts_with(starts_with))
}

#[test]
fn builtin_rules_parse() {
    let c = Classifier::from_toml(BUILTIN_CLASSIFIER_TOML).unwrap();
    assert!(c.signals.len() > 5);
}

#[test]
fn an_empty_message_is_unspecific_on_linkedin_and_unclear_on_xing() {
    let li = on("linkedin", "");
    assert_eq!(li.verdict, Verdict::Unspecific);
    assert_eq!(li.reason_texts().collect::<Vec<_>>(), ["empty message"]);
    let xing = on("xing", "   \n");
    assert_eq!(xing.verdict, Verdict::Unclear);
    assert_eq!(
        xing.reason_texts().collect::<Vec<_>>(),
        ["empty message: on XING most members cannot write one"]
    );
}

#[test]
fn the_empty_message_verdict_comes_from_the_platform_data_not_its_name() {
    let classifier = Classifier::builtin();
    let mut rule = rules().require("linkedin").unwrap().clone();
    assert_eq!(classifier.classify("", &rule).verdict, Verdict::Unspecific);
    // The same platform, were its rules to say that most members cannot write a message:
    rule.empty_message_means = EmptyMessageMeaning::NoSignal;
    assert_eq!(classifier.classify("", &rule).verdict, Verdict::Unclear);
    // And a platform with another key behaves as its data says.
    let mut other = rules().require("xing").unwrap().clone();
    other.key = "elsewhere".into();
    other.empty_message_means = EmptyMessageMeaning::Unspecific;
    assert_eq!(classifier.classify("", &other).verdict, Verdict::Unspecific);
}

#[test]
fn the_platform_default_text_is_unspecific_even_after_a_greeting() {
    for m in [
        "I\u{2019}d like to add you to my professional network on LinkedIn.",
        "Hello Ms Brown,  I'd like to add you to my professional\nnetwork on LinkedIn.",
        "Ich würde Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    ] {
        let c = on("linkedin", m);
        assert_eq!(c.verdict, Verdict::Unspecific, "{m}");
        assert_eq!(c.reasons[0].text, "LinkedIn's default text");
        let span = c.reasons[0].span.clone().unwrap();
        // The span covers the default text itself, not the greeting before it.
        assert!(
            m[span.clone()].starts_with(['I', 'i']) && m[span].contains("LinkedIn"),
            "{m}"
        );
    }
}

#[test]
fn the_default_text_with_a_concrete_trigger_is_not_redirected() {
    let m = "I'd like to add you to my professional network on LinkedIn. We met at the \
             Hannover Messe on Tuesday and you asked for our price list.";
    let c = on("linkedin", m);
    assert!(has_reason(&c, "contains LinkedIn's default text"));
    assert_eq!(c.verdict, Verdict::Specific);
}

#[test]
fn a_platform_without_default_texts_has_none() {
    let c = on(
        "xing",
        "I'd like to add you to my professional network on LinkedIn.",
    );
    assert!(!has_reason(&c, "LinkedIn's default text"));
}

#[test]
fn generic_phrases_make_a_request_unspecific_and_are_quoted() {
    let m = "Hi Petra, always looking to expand my network. Happy to connect!";
    let c = on("linkedin", m);
    assert_eq!(c.verdict, Verdict::Unspecific);
    assert!(has_reason(&c, "generic phrase: 'expand my network'"));
    let r = c
        .reasons
        .iter()
        .find(|r| r.text == "generic phrase: 'expand my network'")
        .unwrap();
    assert_eq!(&m[r.span.clone().unwrap()], "expand my network");

    let de = on(
        "xing",
        "Guten Tag, ich möchte mein Netzwerk erweitern. Gerne vernetzen!",
    );
    assert_eq!(de.verdict, Verdict::Unspecific);
    assert!(has_reason(&de, "generic phrase: 'Gerne vernetzen'"));
}

#[test]
fn a_generic_pitch_is_unspecific() {
    let c = on(
        "linkedin",
        "Hi Ben, we help logistics firms cut their freight costs. Open to connecting?",
    );
    assert_eq!(c.verdict, Verdict::Unspecific);
    assert!(has_reason(&c, "generic pitch: 'we help'"));
}

#[test]
fn a_named_event_is_specific() {
    let c = on(
        "xing",
        "Hallo Herr Ott, schön, dass wir uns auf der Hannover Messe kurz unterhalten konnten.",
    );
    assert_eq!(c.verdict, Verdict::Specific);
    assert!(has_reason(&c, "names an event: 'Hannover Messe'"));
}

#[test]
fn a_referral_by_a_named_person_is_specific() {
    let c = on(
        "linkedin",
        "Hi Omar, Greta Lindqvist suggested I talk to you about the warehouse rollout.",
    );
    assert_eq!(c.verdict, Verdict::Specific);
    assert!(has_reason(&c, "refers to a named person"));
    let de = on(
        "xing",
        "Guten Tag Frau Roth, Herr Aydin von der Stadtwerke GmbH hat mir Ihren Namen genannt.",
    );
    assert!(has_reason(&de, "refers to a named person"), "{de:?}");
    assert_eq!(de.verdict, Verdict::Specific);
}

#[test]
fn a_call_on_a_date_is_specific() {
    let c = on(
        "linkedin",
        "Hi Ruth, could we have a call on Wednesday at 3 pm about the pilot?",
    );
    assert_eq!(c.verdict, Verdict::Specific);
    assert!(has_reason(&c, "asks for a call on a date"));
    assert!(has_reason(&c, "names a date: 'Wednesday'"));
    // A call "some time" is not a date.
    let vague = on(
        "linkedin",
        "Hi Ruth, we help teams sell more. Fancy a quick call some time?",
    );
    assert!(!has_reason(&vague, "asks for a call on a date"));
    assert_ne!(vague.verdict, Verdict::Specific);
}

#[test]
fn an_offer_or_invoice_number_is_specific() {
    for (m, quoted) in [
        (
            "Hello, about invoice INV-30417: the VAT number is missing.",
            "invoice INV-30417",
        ),
        (
            "Guten Tag, zu Angebot Nr. 2025-112 hätte ich eine Rückfrage.",
            "Angebot Nr. 2025-112",
        ),
    ] {
        let c = on("linkedin", m);
        assert_eq!(c.verdict, Verdict::Specific, "{m}");
        assert!(
            has_reason(&c, &format!("names a document: '{quoted}'")),
            "{c:?}"
        );
    }
}

#[test]
fn a_job_opening_is_specific_but_vague_recruiting_is_not() {
    let job = on(
        "linkedin",
        "Hi Lea, I'm filling a Solutions Consultant position in Graz for a software vendor. Interested?",
    );
    assert_eq!(job.verdict, Verdict::Specific);
    assert!(has_reason(&job, "names a job opening"));
    let vague = on(
        "linkedin",
        "Hi Lea, I'm a recruiter and always keen to connect with top talent for future roles.",
    );
    assert_eq!(vague.verdict, Verdict::Unspecific);
    assert!(has_reason(&vague, "recruiting without a concrete job"));
}

#[test]
fn a_post_reference_with_a_question_is_specific() {
    let c = on(
        "linkedin",
        "Hi Ida, your post about renewal pricing was spot on. How do you handle multi-year discounts?",
    );
    assert!(has_reason(&c, "refers to a post"));
    assert_eq!(c.verdict, Verdict::Specific);
}

#[test]
fn a_greeting_is_not_a_referral_but_a_name_after_it_is() {
    let greeting = on(
        "linkedin",
        "Hi Michael, LinkedIn suggested you as a contact.",
    );
    assert!(
        !has_reason(&greeting, "refers to a named person"),
        "{greeting:?}"
    );
    let referral = on(
        "linkedin",
        "Hi Tom, Anna Berg recommended you for the audit.",
    );
    assert!(
        has_reason(
            &referral,
            "refers to a named person: 'Anna Berg recommended'"
        ),
        "{referral:?}"
    );
}

#[test]
fn a_question_about_connecting_is_not_a_question_that_needs_an_answer() {
    assert!(!has_reason(
        &on("linkedin", "Hi Jo. Open to connecting?"),
        "asks a question"
    ));
    assert!(has_reason(
        &on("linkedin", "Hi Jo. Is the seminar still on?"),
        "asks a question"
    ));
}

#[test]
fn a_message_with_nothing_to_go_by_is_unclear_not_unspecific() {
    let c = on("linkedin", "Hallo Frau Kurz, viele Grüße aus Bremen.");
    assert_eq!(c.verdict, Verdict::Unclear);
    assert!(has_reason(&c, "names no concrete trigger"));
}

#[test]
fn one_strong_trigger_keeps_a_request_out_of_unspecific() {
    // Plenty of generic phrasing, but an invoice number: a real customer, not a redirect.
    let c = on(
        "linkedin",
        "Hi, love what you're doing, let's connect! We help fast-growing teams like yours. \
         Also: invoice 88-1203 is still open.",
    );
    assert!(c.score <= -1.0, "{c:?}");
    assert_eq!(c.verdict, Verdict::Unclear);
}

#[test]
fn the_score_is_the_sum_of_the_reasons() {
    let c = on(
        "linkedin",
        "Hi Jo, we met at the Web Summit on Friday. Happy to connect!",
    );
    let sum: f32 = c.reasons.iter().map(|r| r.weight).sum();
    assert!((c.score - sum).abs() < 1e-6);
    assert!(
        c.reasons
            .windows(2)
            .all(|w| w[0].weight.abs() >= w[1].weight.abs())
    );
}

#[test]
fn language_and_tone_are_detected() {
    let en = on("linkedin", "Hi Tom, thanks for the chat yesterday.");
    assert_eq!((en.lang, en.tone), (Lang::En, None));
    let sie = on(
        "xing",
        "Guten Tag Herr Lenz, ich hätte eine Frage zu Ihrem Angebot.",
    );
    assert_eq!((sie.lang, sie.tone), (Lang::De, Some(Tone::Sie)));
    let du = on(
        "linkedin",
        "Hey Kim, hast du am Montag Zeit für einen Kaffee?",
    );
    assert_eq!((du.lang, du.tone), (Lang::De, Some(Tone::Du)));
    // An empty request: the platform's likely language, and the polite form.
    assert_eq!(on("xing", "").lang, Lang::De);
    assert_eq!(on("xing", "").tone, Some(Tone::Sie));
    assert_eq!(on("linkedin", "").lang, Lang::En);
}

#[test]
fn a_broken_pattern_is_reported_with_its_signal_and_index() {
    let broken = BUILTIN_CLASSIFIER_TOML.replace(
        r"patterns = ['(^|[.!?]\s*)[^.!?]*\?']",
        r"patterns = ['(^|[.!?]\s*)[^.!?]*\?', '(']",
    );
    let e = Classifier::from_toml(&broken).unwrap_err().to_string();
    assert!(e.contains("signal 'question', pattern 2"), "{e}");
}

#[test]
fn thresholds_out_of_order_are_refused() {
    let swapped = BUILTIN_CLASSIFIER_TOML.replace("specific_at = 1.0", "specific_at = -2.0");
    let e = Classifier::from_toml(&swapped).unwrap_err().to_string();
    assert!(e.contains("specific_at"), "{e}");
}

#[test]
fn a_tuned_weight_changes_the_verdict_without_code() {
    let m = "Hi, let's connect.";
    assert_eq!(on("linkedin", m).verdict, Verdict::Unspecific);
    let gentle =
        BUILTIN_CLASSIFIER_TOML.replace("no_trigger_weight = -0.5", "no_trigger_weight = 0.5");
    let rules = rules();
    let c = Classifier::from_toml(&gentle)
        .unwrap()
        .classify(m, rules.require("linkedin").unwrap());
    assert_eq!(c.verdict, Verdict::Unclear);
}

#[test]
fn every_shipped_reason_has_german_with_the_same_placeholders() {
    let file: config::RulesFile = toml::from_str(BUILTIN_CLASSIFIER_TOML).unwrap();
    let mut pairs = vec![
        (
            "no_trigger_reason",
            &file.verdict.no_trigger_reason,
            &file.verdict.no_trigger_reason_de,
        ),
        ("empty.reason", &file.empty.reason, &file.empty.reason_de),
        (
            "empty.no_signal_reason",
            &file.empty.no_signal_reason,
            &file.empty.no_signal_reason_de,
        ),
        (
            "default_text.reason",
            &file.default_text.reason,
            &file.default_text.reason_de,
        ),
        (
            "default_text.partial_reason",
            &file.default_text.partial_reason,
            &file.default_text.partial_reason_de,
        ),
    ];
    pairs.extend(
        file.signals
            .iter()
            .map(|s| (s.id.as_str(), &s.reason, &s.reason_de)),
    );
    for (what, en, de) in pairs {
        assert!(!de.trim().is_empty(), "{what}: no German reason");
        assert_ne!(en, de, "{what}: the German reason is the English one");
        for placeholder in ["{match}", "{platform}"] {
            assert_eq!(
                en.contains(placeholder),
                de.contains(placeholder),
                "{what}: {placeholder} in one language only"
            );
        }
    }
}

#[test]
fn reasons_are_shown_in_the_language_of_the_ui_and_the_json_stays_english() {
    use crate::i18n::{Lang as UiLang, set_lang};
    let c = on(
        "linkedin",
        "Hallo Herr Ott, schön, dass wir uns auf der Hannover Messe kurz unterhalten konnten.",
    );
    let xing = on("xing", "");
    set_lang(UiLang::De);
    let shown: Vec<&str> = c.reasons.iter().map(Reason::localized).collect();
    assert!(
        shown.contains(&"nennt eine Veranstaltung: „Hannover Messe“"),
        "{shown:?}"
    );
    assert_eq!(
        xing.reasons[0].localized(),
        "leere Nachricht: Auf XING können die meisten Mitglieder keine schreiben"
    );
    assert!(has_reason(&c, "names an event: 'Hannover Messe'"));
    set_lang(UiLang::En);
    assert_eq!(
        xing.reasons[0].localized(),
        "empty message: on XING most members cannot write one"
    );
}

#[test]
fn a_tuned_copy_without_german_shows_its_english_reasons() {
    use crate::i18n::{Lang as UiLang, set_lang};
    let english_only: String = BUILTIN_CLASSIFIER_TOML
        .lines()
        .filter(|l| !l.contains("reason_de ="))
        .collect::<Vec<_>>()
        .join("\n");
    let rules = rules();
    let c = Classifier::from_toml(&english_only)
        .unwrap()
        .classify("", rules.require("linkedin").unwrap());
    set_lang(UiLang::De);
    assert_eq!(c.reasons[0].localized(), "empty message");
    set_lang(UiLang::En);
}
