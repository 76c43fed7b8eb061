//! The request classifier on any message. The first byte picks the platform; when its top
//! bit is set, the text before the first NUL becomes the platform's default request text,
//! to exercise the case-folding map that locates default texts in the message.
#![no_main]

use std::sync::LazyLock;

use followdesk::domain::PlatformRules;
use followdesk::domain::classifier::Classifier;
use libfuzzer_sys::fuzz_target;

static RULES: LazyLock<PlatformRules> = LazyLock::new(PlatformRules::builtin);
static CLASSIFIER: LazyLock<Classifier> = LazyLock::new(Classifier::builtin);

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let rules = RULES.all();
    let mut rule = rules[usize::from(pick & 0x7f) % rules.len()].clone();
    let text = String::from_utf8_lossy(rest);
    let message = if pick & 0x80 != 0
        && let Some((default, message)) = text.split_once('\0')
    {
        rule.default_request_texts = vec![default.to_owned()];
        message
    } else {
        &text
    };
    let c = CLASSIFIER.classify(message, &rule);
    for r in &c.reasons {
        if let Some(span) = &r.span {
            // A reason's span must point into the message on character boundaries.
            assert!(message.get(span.clone()).is_some(), "bad span {span:?}");
        }
    }
});
