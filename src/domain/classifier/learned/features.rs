//! What the learned classifier sees in a message: stemmed words and word pairs, character
//! n-grams inside words (typos, German compounds), the designed signals, and whether the
//! platform's default text is part of it. Each feature is named ("w:meet", "b:met at",
//! "c:<mess", "s:referral", "`s:stock_text`"); the model file holds names, the classifier
//! looks weights up by the name's hash.
//!
//! Values: every word feature (uni- and bigrams) counts 1/√n over the message's n word
//! features, every character n-gram 1/√m over its m n-grams, so long messages do not weigh
//! more than short ones; a signal counts 1.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

use super::super::language::Lang;
use super::signals::{Hit, Signals};

/// The shortest and longest character n-grams, and the shortest word they are taken from.
const CHAR_MIN: usize = 3;
const CHAR_MAX: usize = 5;
const CHAR_WORD_MIN: usize = 4;

/// Where an active feature comes from, to explain it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A word (its token index).
    Word(usize),
    /// Two adjacent words (the first's token index).
    Pair(usize),
    /// A character n-gram of a word (its token index).
    Chars(usize),
    /// A designed signal (its index in the hits).
    Signal(usize),
    /// The platform's default text, with more words of the sender's own.
    StockText,
}

/// One feature present in a message.
#[derive(Debug, Clone, Copy)]
pub struct Active {
    pub hash: u64,
    pub value: f32,
    pub origin: Origin,
}

/// Everything found in one message.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub features: Vec<Active>,
    /// Byte ranges of the words, by token index.
    pub tokens: Vec<Range<usize>>,
    pub hits: Vec<Hit>,
    pub stock_span: Option<Range<usize>>,
}

/// Turns messages into features. Build once.
pub struct Featurizer {
    pub signals: Signals,
    en: Stemmer,
    de: Stemmer,
    hasher: foldhash::fast::FixedState,
    /// What a word (by language and folded spelling) gave before: its stem and the hashes of
    /// its features. Stemming and n-gram hashing are most of the work, and words repeat.
    words: RefCell<HashMap<String, WordFeatures>>,
}

/// A word's features, as [`Featurizer::extract`] would compute them again.
#[derive(Debug, Clone)]
struct WordFeatures {
    stem: String,
    hash: u64,
    /// Its character n-grams' hashes; empty for short or numeric words.
    grams: Vec<u64>,
}

/// The most words remembered; then the memory starts afresh.
const WORD_CACHE_MAX: usize = 100_000;

impl std::fmt::Debug for Featurizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Featurizer") // i18n: not user-facing
            .field("signals", &self.signals.list.len())
            .finish_non_exhaustive()
    }
}

impl Clone for Featurizer {
    /// A copy starts with no remembered words.
    fn clone(&self) -> Self {
        Self::new(self.signals.clone())
    }
}

/// Told every feature's name and hash while training.
pub type NameSink<'a> = &'a mut dyn FnMut(u64, &str);

/// The hash a feature's name is looked up by.
pub fn feature_hash(hasher: &foldhash::fast::FixedState, name: &str) -> u64 {
    hasher.hash_one(name.as_bytes())
}

/// The fixed hasher of feature names (the same seed in training and use).
#[must_use]
pub fn name_hasher() -> foldhash::fast::FixedState {
    foldhash::fast::FixedState::with_seed(0x0f01_10de_5c1a_551f)
}

impl Featurizer {
    #[must_use]
    pub fn new(signals: Signals) -> Self {
        Self {
            signals,
            en: Stemmer::create(Algorithm::English),
            de: Stemmer::create(Algorithm::German),
            hasher: name_hasher(),
            words: RefCell::default(),
        }
    }

    /// The features of `message` written in `lang`; `stock_span` is where the platform's
    /// default text sits in it, if it does. `name` is told every feature's name and hash
    /// (for training; pass `None` to classify).
    #[must_use]
    pub fn extract(
        &self,
        message: &str,
        lang: Lang,
        stock_span: Option<Range<usize>>,
        mut name: Option<NameSink<'_>>,
    ) -> Extracted {
        let stemmer = match lang {
            Lang::En => &self.en,
            Lang::De => &self.de,
        };
        let mut out = Extracted {
            stock_span,
            ..Extracted::default()
        };
        let mut buf = String::with_capacity(64);
        let mut folded = String::with_capacity(32);
        let mut bounded = String::with_capacity(34);
        let mut stem = String::with_capacity(32);
        let mut previous = String::with_capacity(32);
        let mut words: Vec<Active> = Vec::new();
        let mut chars: Vec<Active> = Vec::new();
        let mut grams: Vec<usize> = Vec::with_capacity(40);
        let mut cache = self.words.borrow_mut();
        if cache.len() > WORD_CACHE_MAX {
            cache.clear();
        }
        let mut key = String::with_capacity(34);
        for (start, word) in words_of(message) {
            let index = out.tokens.len();
            out.tokens.push(start..start + word.len());
            fold_word(word, &mut folded);
            // Classifying (no names wanted): a word seen before costs one look-up.
            if name.is_none() {
                key.clear();
                key.push(match lang {
                    Lang::En => 'e',
                    Lang::De => 'd',
                });
                key.push_str(&folded);
                if let Some(w) = cache.get(key.as_str()) {
                    self.push_word(w, index, &mut previous, &mut buf, &mut words, &mut chars);
                    continue;
                }
            }
            let numeric = folded.bytes().any(|b| b.is_ascii_digit());
            stem.clear();
            if numeric {
                shape(&folded, &mut stem);
            } else {
                stem.push_str(&stemmer.stem(&folded));
            }
            buf.clear();
            buf.push_str("w:");
            buf.push_str(&stem);
            words.push(self.active(&buf, Origin::Word(index), &mut name));
            if index > 0 {
                buf.clear();
                buf.push_str("b:");
                buf.push_str(&previous);
                buf.push(' ');
                buf.push_str(&stem);
                words.push(self.active(&buf, Origin::Pair(index - 1), &mut name));
            }
            let word_hash = words
                .iter()
                .rev()
                .find(|a| a.origin == Origin::Word(index))
                .map_or(0, |a| a.hash);
            let first_gram = chars.len();
            std::mem::swap(&mut previous, &mut stem);
            if numeric || folded.chars().count() < CHAR_WORD_MIN {
                if name.is_none() {
                    cache.insert(
                        key.clone(),
                        WordFeatures {
                            stem: previous.clone(),
                            hash: word_hash,
                            grams: Vec::new(),
                        },
                    );
                }
                continue;
            }
            // "<word>": the markers tell a word's start and end from its middle.
            bounded.clear();
            bounded.push('<');
            bounded.push_str(&folded);
            bounded.push('>');
            grams.clear();
            grams.extend(bounded.char_indices().map(|(i, _)| i));
            grams.push(bounded.len());
            let n_chars = grams.len() - 1;
            for n in CHAR_MIN..=CHAR_MAX.min(n_chars) {
                for at in 0..=n_chars - n {
                    buf.clear();
                    buf.push_str("c:");
                    buf.push_str(&bounded[grams[at]..grams[at + n]]);
                    chars.push(self.active(&buf, Origin::Chars(index), &mut name));
                }
            }
            if name.is_none() {
                cache.insert(
                    key.clone(),
                    WordFeatures {
                        stem: previous.clone(),
                        hash: word_hash,
                        grams: chars[first_gram..].iter().map(|a| a.hash).collect(),
                    },
                );
            }
        }
        drop(cache);
        scale(&mut words);
        scale(&mut chars);
        out.features.extend(words);
        out.features.extend(chars);
        self.signals.hits(message, &mut out.hits);
        for (i, hit) in out.hits.iter().enumerate() {
            buf.clear();
            buf.push_str("s:");
            buf.push_str(&self.signals.list[hit.index].id);
            out.features
                .push(self.active(&buf, Origin::Signal(i), &mut name));
        }
        if out.stock_span.is_some() {
            out.features
                .push(self.active("s:stock_text", Origin::StockText, &mut name));
        }
        out
    }

    /// A remembered word's features, as if computed again.
    fn push_word(
        &self,
        w: &WordFeatures,
        index: usize,
        previous: &mut String,
        buf: &mut String,
        words: &mut Vec<Active>,
        chars: &mut Vec<Active>,
    ) {
        let active = |hash, origin| Active {
            hash,
            value: 1.0,
            origin,
        };
        words.push(active(w.hash, Origin::Word(index)));
        if index > 0 {
            buf.clear();
            buf.push_str("b:");
            buf.push_str(previous);
            buf.push(' ');
            buf.push_str(&w.stem);
            words.push(active(self.hash(buf), Origin::Pair(index - 1)));
        }
        previous.clear();
        previous.push_str(&w.stem);
        chars.extend(w.grams.iter().map(|h| active(*h, Origin::Chars(index))));
    }

    fn active(&self, name: &str, origin: Origin, sink: &mut Option<NameSink<'_>>) -> Active {
        let hash = feature_hash(&self.hasher, name);
        if let Some(sink) = sink {
            sink(hash, name);
        }
        Active {
            hash,
            value: 1.0,
            origin,
        }
    }

    /// The hash of a feature name, as the model looks it up.
    #[must_use]
    pub fn hash(&self, name: &str) -> u64 {
        feature_hash(&self.hasher, name)
    }
}

/// Each of `n` features counts 1/√n.
fn scale(features: &mut [Active]) {
    if features.is_empty() {
        return;
    }
    let v = 1.0 / (features.len() as f32).sqrt();
    for f in features {
        f.value = v;
    }
}

/// The words of a message (runs of letters and digits) with their byte offsets.
fn words_of(message: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = message.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = rest.peek() {
            if c.is_alphanumeric() {
                break;
            }
            rest.next();
        }
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = rest.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        Some((start, &message[start..end]))
    })
}

/// Lower case, umlauts and ß spelled out ("möchte" and "moechte" are one word).
fn fold_word(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        match c {
            'ä' | 'Ä' => out.push_str("ae"),
            'ö' | 'Ö' => out.push_str("oe"),
            'ü' | 'Ü' => out.push_str("ue"),
            'ß' | 'ẞ' => out.push_str("ss"),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// A token with digits by its shape: digits become 0, letters a ("Q2291" → "a0000").
fn shape(word: &str, out: &mut String) {
    out.extend(
        word.chars()
            .map(|c| if c.is_ascii_digit() { '0' } else { 'a' }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_byte_offsets() {
        let m = "Hallo Jörg, wir trafen uns — am 12.3.!";
        let words: Vec<_> = words_of(m).collect();
        assert_eq!(words[1], (6, "Jörg"));
        assert_eq!(&m[words[1].0..words[1].0 + words[1].1.len()], "Jörg");
        assert_eq!(words.last().unwrap().1, "3");
    }

    #[test]
    fn remembered_words_give_the_same_features_as_computed_ones() {
        let f = Featurizer::new(Signals::builtin());
        let corpus =
            super::super::corpus::read(super::super::corpus::BUILTIN_TRAIN_JSONL, "t").unwrap();
        let key = |x: &Extracted| -> Vec<(u64, u32, Origin)> {
            x.features
                .iter()
                .map(|a| (a.hash, a.value.to_bits(), a.origin))
                .collect()
        };
        for pass in 0..2 {
            for e in &corpus {
                let fresh = f.extract(&e.message, e.lang, None, Some(&mut |_, _: &str| {}));
                let cached = f.extract(&e.message, e.lang, None, None);
                assert_eq!(key(&fresh), key(&cached), "pass {pass}: {}", e.message);
                assert_eq!(fresh.tokens, cached.tokens);
            }
        }
    }

    #[test]
    fn umlauts_and_their_spelled_out_form_are_one_feature() {
        let f = Featurizer::new(Signals::builtin());
        let names = |m: &str| {
            let mut v = Vec::new();
            let _ = f.extract(
                m,
                Lang::De,
                None,
                Some(&mut |_, n: &str| v.push(n.to_owned())),
            );
            v
        };
        assert_eq!(names("möchte Grüße"), names("moechte Gruesse"));
        assert!(names("Angebot Nr 4471").contains(&"w:0000".to_owned()));
    }
}
