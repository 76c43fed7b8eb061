//! The HTML flavour of a select-all copy (what the clipboard holds beside the text, saved
//! as an `.html` file): the same page, read into the lines the text parser knows — text
//! grouped by the nearest block element, a picture's alternative text as a line of its
//! own — plus the profile links the text flavour lacks, given to the request whose name
//! the link shows (or, when every request has exactly one link, in page order).

use scraper::{Html, Node};

use super::{PasteError, PastedPage, parse_paste};
use crate::domain::PlatformRules;
use crate::domain::time::Timestamp;

/// Elements that start a line of their own in the rendered page.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "button",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "label",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Elements whose text is never shown.
const HIDDEN: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "title",
];

/// Whether `html` looks like markup rather than the page's text.
#[must_use]
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start().get(..200).unwrap_or(text.trim_start());
    let lower = start.to_ascii_lowercase();
    [
        "<!doctype",
        "<html",
        "<meta",
        "<body",
        "<div",
        "<span",
        "<!--startfragment",
        "<ul",
        "<section",
        "<main",
    ]
    .iter()
    .any(|t| lower.starts_with(t))
        || lower.starts_with("version:0.9")
}

/// Parses the HTML flavour of a copied invitation page (see [`parse_paste`]); requests get
/// the profile links the page carries.
pub fn parse_paste_html(
    html: &str,
    platform: Option<&str>,
    now: Timestamp,
) -> Result<PastedPage, PasteError> {
    let doc = Html::parse_document(html);
    let (text, links) = lines_and_links(&doc);
    let mut page = parse_paste(&text, platform, now)?;
    attach_links(&mut page, &links);
    Ok(page)
}

/// The page's lines, and every link with its text, in page order.
fn lines_and_links(doc: &Html) -> (String, Vec<(String, String)>) {
    let mut lines: Vec<String> = Vec::new();
    let mut last_block = None;
    let mut anchors = Vec::new();
    for node in doc.tree.root().descendants() {
        let hidden = node.ancestors().any(|a| {
            a.value().as_element().is_some_and(|e| {
                HIDDEN.contains(&e.name()) || e.attr("aria-hidden") == Some("true")
            })
        });
        if hidden {
            continue;
        }
        match node.value() {
            Node::Text(t) => {
                let text = t.split_whitespace().collect::<Vec<_>>().join(" ");
                if text.is_empty() {
                    continue;
                }
                let block = node.ancestors().find(|a| {
                    a.value()
                        .as_element()
                        .is_some_and(|e| BLOCKS.contains(&e.name()))
                });
                let block = block.map(|b| b.id());
                match lines.last_mut() {
                    Some(line) if block == last_block => {
                        line.push(' ');
                        line.push_str(&text);
                    }
                    _ => lines.push(text),
                }
                last_block = block;
            }
            Node::Element(e) if e.name() == "img" => {
                if let Some(alt) = e.attr("alt").map(str::trim).filter(|a| !a.is_empty()) {
                    lines.push(alt.to_owned());
                    last_block = None;
                }
            }
            Node::Element(e) if e.name() == "a" => {
                if let Some(href) = e.attr("href") {
                    let text: String = node
                        .descendants()
                        .filter_map(|d| d.value().as_text().map(|t| t.to_string()))
                        .collect::<Vec<_>>()
                        .join(" ");
                    let label = e.attr("aria-label").unwrap_or_default();
                    anchors.push((href.trim().to_owned(), format!("{text} {label}")));
                }
            }
            _ => {}
        }
    }
    (lines.join("\n"), anchors)
}

/// The words of a name, lower case, sorted: "Dr. Katrin Schäfer" and "Katrin Dr. Schäfer"
/// are the same.
fn name_words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = s
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c == ',' || c == '’')
                .to_lowercase()
        })
        .collect();
    w.sort_unstable();
    w
}

fn attach_links(page: &mut PastedPage, links: &[(String, String)]) {
    let rules = PlatformRules::builtin();
    let Some(rule) = rules.get(&page.platform) else {
        return;
    };
    let absolute = |href: &str| {
        if href.starts_with('/') {
            format!("https://www.{}{href}", rule.profile_host)
        } else {
            href.to_owned()
        }
    };
    let profile_prefix = format!("{}/{}/", rule.profile_host, rule.profile_path);
    // Profile links in page order, each once, with every text shown for it.
    let mut profiles: Vec<(String, String, Vec<String>)> = Vec::new();
    for (href, text) in links {
        let url = absolute(href);
        let Ok(normal) = crate::domain::identity::normalise_profile_url_on(rule, &url) else {
            continue;
        };
        if !normal.starts_with(&profile_prefix) {
            continue;
        }
        match profiles.iter_mut().find(|(n, ..)| *n == normal) {
            Some((.., texts)) => texts.push(text.clone()),
            None => profiles.push((normal, url, vec![text.clone()])),
        }
    }
    let same_count = profiles.len() == page.requests.len();
    for (i, req) in page.requests.iter_mut().enumerate() {
        let want = name_words(&req.display_name());
        let by_name = profiles.iter().find(|(.., texts)| {
            texts.iter().any(|t| {
                let words = name_words(t);
                !want.is_empty() && want.iter().all(|w| words.contains(w))
            })
        });
        let found = by_name.or_else(|| same_count.then(|| &profiles[i]));
        if let Some((_, url, _)) = found {
            req.profile_url = Some(url.clone());
        }
    }
}
