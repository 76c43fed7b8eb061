//! `followdesk --help` in the user's language.
//!
//! clap writes the help from the doc comments of [`Cli`] and its subcommands, in English, and
//! has no translations of its own words ("Usage:", "Options:", "Print help"). [`command`]
//! takes the derived [`Command`] and replaces every text in it with a message from
//! `assets/i18n/<lang>/cli_help.ftl`, in the language active when it is called:
//!
//! - a command's about is `help-<path>` (`help-report-summary`; the root's is `help-about`),
//!   its long about, where the doc comment has more than one paragraph, `help-<path>-long`;
//! - an argument's help is `help-<path>-<arg>` (`help-report-summary-json`, the root's
//!   `help-db`), its long help `…-long`;
//! - clap's own words are the `cli-help-…` messages: the headings, the help and version
//!   flags (made here in place of clap's), the `help` subcommand and `[default: …]`.
//!
//! The doc comments stay the English text, as rustdoc of the fields; a test checks that the
//! English messages say the same. Parsing is untouched: the arguments, their names, order and
//! values are clap's; only what the help prints changes. clap's error messages
//! ("error: unexpected argument …") stay English: clap cannot translate them.

use clap::{Arg, ArgAction, Command, CommandFactory as _};

use super::Cli;
use crate::i18n::{self, FluentArgs};
use crate::t;

/// Gives the text of a message id: the active language's, or (for [`message_ids`]) a
/// recorder's.
type Translate<'a> = &'a mut dyn FnMut(&str, Option<&FluentArgs>) -> String;

/// The command line, with every text of its help in the active language.
#[must_use]
pub fn command() -> Command {
    let mut cmd = localize(Cli::command(), &[], &mut |id, args| i18n::message(id, args));
    // clap adds its `help` subcommand while it builds the command; build now to name it.
    cmd.build();
    name_help_subcommands(&mut cmd, &t!("cli-help-subcommand"));
    cmd
}

/// The ids of the messages the help of the commands and their arguments asks for, in the
/// order [`command`] asks for them (clap's own words, the `cli-help-…` ids, are not among
/// them: they are asked for by name).
#[must_use]
pub fn message_ids() -> Vec<String> {
    let mut ids = Vec::new();
    let _ = localize(Cli::command(), &[], &mut |id, _| {
        ids.push(id.to_owned());
        String::new()
    });
    ids
}

/// The message id of the command at `path` (subcommand names from the root).
fn command_id(path: &[String]) -> String {
    if path.is_empty() {
        "help-about".to_owned()
    } else {
        format!("help-{}", path.join("-"))
    }
}

/// The message id of the argument `arg` of the command at `path`.
fn arg_id(path: &[String], arg: &str) -> String {
    let arg = arg.replace('_', "-");
    if path.is_empty() {
        format!("help-{arg}")
    } else {
        format!("help-{}-{arg}", path.join("-"))
    }
}

/// `cmd` (at `path`) and its subcommands with their texts from `tr`.
fn localize(mut cmd: Command, path: &[String], tr: Translate<'_>) -> Command {
    let id = command_id(path);
    // Whether `--help` prints more than `-h`: then the help flag says so, as clap's does.
    let long =
        cmd.get_long_about().is_some() || cmd.get_arguments().any(|a| a.get_long_help().is_some());
    cmd = cmd.about(tr(&id, None));
    if cmd.get_long_about().is_some() {
        cmd = cmd.long_about(tr(&format!("{id}-long"), None));
    }

    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for arg in args {
        let id = arg_id(path, &arg);
        cmd = cmd.mut_arg(arg, |a| localize_arg(a, &id, long, tr));
    }

    let options = t!("cli-help-options");
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help_heading(options.clone());
    let help = if long {
        help.help(t!("cli-help-flag-help-more"))
            .long_help(t!("cli-help-flag-help-summary"))
    } else {
        help.help(t!("cli-help-flag-help"))
    };
    cmd = cmd.disable_help_flag(true).arg(help);
    if cmd.get_version().is_some() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("cli-help-flag-version"))
                .help_heading(options),
        );
    }

    // clap's default template with the heading of the usage in words.
    let style = *cmd.get_styles().get_usage();
    let usage = t!("cli-help-usage");
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}{usage}:{} {{usage}}\n\n{{all-args}}{{after-help}}",
            style.render(),
            style.render_reset()
        ))
        .subcommand_help_heading(t!("cli-help-commands"));

    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let mut sub = path.to_vec();
        sub.push(name.clone());
        cmd = cmd.mut_subcommand(name, |s| localize(s, &sub, tr));
    }
    cmd
}

/// `arg` with its help from `tr` under the heading for its kind (clap prints headings in the
/// order their first argument comes, so positionals must come first, as clap puts them: the
/// test that English reads as clap writes it would see otherwise). `long` says whether the
/// command prints a longer help for `--help`, where clap puts `[default: …]` on a line of its
/// own.
fn localize_arg(arg: Arg, id: &str, long: bool, tr: Translate<'_>) -> Arg {
    let heading = if arg.is_positional() {
        t!("cli-help-arguments")
    } else {
        t!("cli-help-options")
    };
    let mut help = tr(id, None);
    let mut long_help = arg
        .get_long_help()
        .is_some()
        .then(|| tr(&format!("{id}-long"), None));
    let mut arg = arg.help_heading(heading);
    // clap writes "[default: 50]" in English: say it in words, and have clap not say it.
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let default = t!("cli-help-default", value = defaults.join(" "));
        if long {
            long_help = Some(format!(
                "{}\n\n{default}",
                long_help.as_deref().unwrap_or(&help)
            ));
        }
        help = format!("{help} {default}");
        arg = arg.hide_default_value(true);
    }
    arg = arg.help(help);
    if let Some(long_help) = long_help {
        arg = arg.long_help(long_help);
    }
    arg
}

/// Gives every `help` subcommand clap made `about` (there is one in each command with
/// subcommands, and one inside each of those).
fn name_help_subcommands(cmd: &mut Command, about: &str) {
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() == "help" {
            *sub = std::mem::take(sub).about(about.to_owned());
        }
        name_help_subcommands(sub, about);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::i18n::Lang;

    /// (message id, English text) of every command and argument, from the doc comments as
    /// clap derives them.
    fn doc_texts(cmd: &Command, path: &[String], out: &mut Vec<(String, String)>) {
        let id = command_id(path);
        let text =
            |s: Option<&clap::builder::StyledStr>| s.map(ToString::to_string).unwrap_or_default();
        out.push((id.clone(), text(cmd.get_about())));
        if let Some(long) = cmd.get_long_about() {
            out.push((format!("{id}-long"), long.to_string()));
        }
        for arg in cmd.get_arguments() {
            let id = arg_id(path, arg.get_id().as_str());
            out.push((id.clone(), text(arg.get_help())));
            if let Some(long) = arg.get_long_help() {
                out.push((format!("{id}-long"), long.to_string()));
            }
        }
        for sub in cmd.get_subcommands() {
            let mut path = path.to_vec();
            path.push(sub.get_name().to_owned());
            doc_texts(sub, &path, out);
        }
    }

    /// The paths of every command under (and with) `cmd`, but for clap's `help` subcommands.
    fn paths(cmd: &Command, path: &[String], out: &mut Vec<Vec<String>>) {
        out.push(path.to_vec());
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let mut path = path.to_vec();
            path.push(sub.get_name().to_owned());
            paths(sub, &path, out);
        }
    }

    /// What `followdesk <args>` prints when the parse ends early: for help, the version or an
    /// error, with the ANSI styles.
    fn ended(cmd: &Command, args: &[&str]) -> (clap::error::ErrorKind, String) {
        let err = cmd
            .clone()
            .try_get_matches_from(std::iter::once("followdesk").chain(args.iter().copied()))
            .expect_err("the parse ends early");
        (err.kind(), err.render().ansi().to_string())
    }

    /// What `followdesk <args>` prints when the arguments ask for help or the version.
    fn said(cmd: &Command, args: &[&str]) -> String {
        let (kind, text) = ended(cmd, args);
        assert!(
            matches!(
                kind,
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
            ),
            "{args:?}: {text}"
        );
        text
    }

    /// What `followdesk <path> -h` and `… --help` print, with the ANSI styles.
    fn helps(cmd: &Command, path: &[String]) -> (String, String) {
        let help = |flag| {
            let args: Vec<&str> = path.iter().map(String::as_str).chain([flag]).collect();
            said(cmd, &args)
        };
        (help("-h"), help("--help"))
    }

    /// Every command's and argument's help has a message in both languages, and no two ask
    /// for the same id: a new subcommand or option without its texts fails here. Nothing is
    /// exempt; clap's own words (`cli-help-…`) are asked for by name with `t!`.
    #[test]
    fn every_command_and_argument_has_a_message_in_both_languages() {
        let ids = message_ids();
        assert!(ids.len() > 40, "{ids:?}");
        let mut seen = BTreeMap::new();
        for id in &ids {
            *seen.entry(id).or_insert(0) += 1;
        }
        let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
        assert!(twice.is_empty(), "ids asked for twice: {twice:?}");
        for lang in Lang::ALL {
            let missing: Vec<_> = ids
                .iter()
                .filter(|id| !i18n::has_message(lang, id))
                .collect();
            assert!(
                missing.is_empty(),
                "add to assets/i18n/{}/cli_help.ftl: {missing:?}",
                lang.code()
            );
        }
    }

    /// The doc comments stay the English text: who edits one sees this fail until the other
    /// says the same.
    #[test]
    fn the_english_messages_are_the_doc_comments() {
        let mut texts = Vec::new();
        doc_texts(&Cli::command(), &[], &mut texts);
        for (id, doc) in texts {
            assert_eq!(
                i18n::message_in(Lang::En, &id, None),
                doc,
                "{id} in assets/i18n/en/cli_help.ftl"
            );
        }
    }

    /// In English the help is exactly what clap writes from the doc comments, styles included.
    #[test]
    fn the_english_help_is_claps() {
        let ours = i18n::with_lang(Lang::En, command);
        let mut claps = Cli::command();
        claps.build();
        let mut all = Vec::new();
        paths(&claps, &[], &mut all);
        assert!(all.len() > 15);
        for path in all {
            assert_eq!(helps(&ours, &path), helps(&claps, &path), "{path:?}");
        }
        for args in [
            &["-V"][..],
            &["--version"],
            &["help"],
            &["help", "report"],
            &["help", "report", "summary"],
            &["report", "help", "summary"],
            &["import", "help"],
        ] {
            assert_eq!(said(&ours, args), said(&claps, args), "{args:?}");
        }
        // Mistakes end the same way, with the same (English) words.
        for args in [
            &["--frobnicate"][..],
            &["report"],
            &["report", "summray"],
            &["demo", "--contacts", "many"],
            &["restore"],
            &["import", "xing"],
            &["help", "nope"],
            &["report", "summary", "extra"],
        ] {
            assert_eq!(ended(&ours, args), ended(&claps, args), "{args:?}");
        }
    }

    /// In German no English is left: neither clap's words nor the doc comments.
    #[test]
    fn the_german_help_is_all_german() {
        let cmd = i18n::with_lang(Lang::De, command);
        let mut english = Vec::new();
        doc_texts(&Cli::command(), &[], &mut english);
        let mut all = Vec::new();
        paths(&cmd, &[], &mut all);
        for path in all {
            let (short, long) = helps(&cmd, &path);
            for help in [&short, &long] {
                assert!(help.contains("Aufruf:"), "{path:?}: {help}");
                assert!(help.contains("Optionen:"), "{path:?}: {help}");
                assert!(help.contains("Hilfe anzeigen"), "{path:?}: {help}");
                for words in [
                    "Usage",
                    "Commands",
                    "Arguments",
                    "Options",
                    "Print ",
                    "default:",
                ] {
                    assert!(!help.contains(words), "{path:?}: {words} in {help}");
                }
                for (id, text) in &english {
                    assert!(!help.contains(text.as_str()), "{path:?}: {id} in {help}");
                }
            }
        }
        let help = |cmd: &Command| {
            cmd.get_subcommands()
                .find(|s| s.get_name() == "help")
                .and_then(Command::get_about)
                .map(ToString::to_string)
        };
        let german = Some(i18n::message_in(Lang::De, "cli-help-subcommand", None));
        let listed = said(&cmd, &["help"]);
        assert!(
            listed.contains(german.as_deref().unwrap_or_default()),
            "{listed}"
        );
        assert_eq!(help(&cmd), german);
        let report = cmd.find_subcommand("report").expect("report");
        assert_eq!(help(report), german);
    }
}
