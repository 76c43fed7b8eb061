//! `followdesk report funnel | pipeline | visibility`: the follower-pipeline and
//! visibility metrics of [`crate::domain::metrics`], as JSON or as readable tables.

use std::io::Write;

use chrono::NaiveDate;
use clap::Args;
use serde_json::{Map, Value, json};

use super::table::{TextTable, left, right};
use crate::domain::metrics::{
    self, ContentMix, Funnel, MixParams, OutreachEntry, PlatformFunnel, PlatformVisibility,
    VisibilityParams,
};
use crate::domain::post_line::excerpt;
use crate::i18n;
use crate::store::Store;
use crate::t;

use super::report::label_width;

/// Options every metrics report takes.
#[derive(Debug, Args)]
pub struct MetricsArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Compute as of the end of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<NaiveDate>,
}

impl MetricsArgs {
    pub(super) fn as_of(&self) -> NaiveDate {
        self.as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }
}

/// `report pipeline` options.
#[derive(Debug, Args)]
pub struct PipelineArgs {
    #[command(flatten)]
    pub common: MetricsArgs,
    /// Show at most this many people.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
}

/// `report visibility` options.
#[derive(Debug, Args)]
pub struct VisibilityArgs {
    #[command(flatten)]
    pub common: MetricsArgs,
    /// N: days without engagement, and the window for posts and the content mix.
    #[arg(long, default_value_t = 90)]
    pub days: i64,
    /// K: posts in those days before silence counts as "probably hidden".
    #[arg(long, default_value_t = 3)]
    pub min_posts: u64,
}

/// `followdesk report funnel`.
pub fn funnel(store: &Store, args: &MetricsArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let log = store.metrics_log()?;
    let as_of = args.as_of();
    let f = metrics::funnel(&log, as_of);
    let cohorts = metrics::cohorts(&log, as_of);
    if args.json {
        let mut platforms = Map::new();
        for p in f.platforms.iter().chain([&f.all]) {
            platforms.insert(p.platform.clone(), funnel_json(p));
        }
        let v = json!({ "platforms": platforms, "cohorts": cohorts });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    funnel_table(&f, store, as_of, out)?;
    writeln!(out)?;
    writeln!(out, "{}", t!("cli-cohorts-title"))?;
    let heads = [
        t!("cli-cohorts-month"),
        t!("cli-cohorts-platform"),
        t!("cli-cohorts-entered"),
        t!("cli-cohorts-within", days = 30),
        t!("cli-cohorts-within", days = 90),
        t!("cli-cohorts-within", days = 180),
    ];
    let table = TextTable::new(
        &heads,
        &[left(8), left(10), right(8), right(8), right(8), right(8)],
    );
    table.row(out, &heads)?;
    for c in &cohorts {
        table.row(
            out,
            &[
                c.month.to_string(),
                store.rules().name_of(&c.platform).to_owned(),
                i18n::number(c.entered),
                i18n::number(c.connected_30d),
                i18n::number(c.connected_90d),
                i18n::number(c.connected_180d),
            ],
        )?;
    }
    Ok(())
}

pub(super) fn funnel_json(p: &PlatformFunnel) -> Value {
    let c = &p.counts;
    json!({
        "requests": c.requests,
        "redirected": c.redirected,
        "following": c.following,
        "engaged": c.engaged,
        "connected": c.connected,
        "conversion_180d": p.conversion_180d,
        "median_days_to_connect": p.median_days_to_connect,
        "lost_followers": c.lost_followers,
    })
}

type FunnelRow = (String, fn(&PlatformFunnel) -> String);

fn funnel_table(
    f: &Funnel,
    store: &Store,
    as_of: NaiveDate,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(out, "{}", t!("cli-funnel-title", date = i18n::date(as_of)))?;
    let columns: Vec<(&str, &PlatformFunnel)> = f
        .platforms
        .iter()
        .map(|p| {
            let name = store.rules().name_of(&p.platform);
            (name, p)
        })
        .collect();
    let all = t!("cli-funnel-all");
    let columns: Vec<(&str, &PlatformFunnel)> = columns
        .into_iter()
        .chain([(all.as_str(), &f.all)])
        .collect();
    let rows: [FunnelRow; 13] = [
        (t!("cli-funnel-requests"), |p| {
            i18n::number(p.counts.requests)
        }),
        (t!("cli-funnel-redirected"), |p| {
            i18n::number(p.counts.redirected)
        }),
        (t!("cli-funnel-following"), |p| {
            i18n::number(p.counts.following)
        }),
        (t!("cli-funnel-engaged"), |p| i18n::number(p.counts.engaged)),
        (t!("cli-funnel-connected"), |p| {
            i18n::number(p.counts.connected)
        }),
        (t!("cli-funnel-opportunity"), |p| {
            i18n::number(p.counts.opportunity)
        }),
        (t!("cli-funnel-lost"), |p| {
            i18n::number(p.counts.lost_followers)
        }),
        (t!("cli-funnel-conversion"), |p| percent(p.conversion_180d)),
        (t!("cli-funnel-median-days"), |p| {
            p.median_days_to_connect
                .map_or("–".into(), |d| i18n::decimal(d, 0))
        }),
        (t!("cli-funnel-redirects-followed"), |p| {
            i18n::number(p.redirects.followed)
        }),
        (t!("cli-funnel-redirects-connected"), |p| {
            i18n::number(p.redirects.connected_later)
        }),
        (t!("cli-funnel-redirects-nothing"), |p| {
            i18n::number(p.redirects.nothing_yet)
        }),
        (t!("cli-funnel-redirects-all"), |p| {
            i18n::number(p.redirects.redirected)
        }),
    ];
    let width = label_width(rows.iter().map(|r| r.0.as_str()), 24);
    write!(out, "{:<width$}", "")?;
    for (name, _) in &columns {
        write!(out, "{name:>10}")?;
    }
    writeln!(out)?;
    for (label, get) in rows {
        write!(out, "{label:<width$}")?;
        for (_, p) in &columns {
            write!(out, "{:>10}", get(p))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn percent(r: Option<f64>) -> String {
    r.map_or("–".into(), i18n::percent)
}

/// `followdesk report pipeline`: the outreach list.
pub fn pipeline(store: &Store, args: &PipelineArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let log = store.metrics_log()?;
    let params = store.warmth_params()?;
    let as_of = args.common.as_of();
    let list = metrics::outreach_list(&log, as_of, &params, Some(args.limit));
    let ids: Vec<_> = list.iter().map(|e| e.contact).collect();
    let names = store.contact_names(&ids)?;
    if args.common.json {
        let people: Vec<Value> = list
            .iter()
            .zip(&names)
            .map(|(e, n)| outreach_json(e, n))
            .collect();
        let v = json!({
            "as_of": as_of.to_string(),
            "threshold": params.threshold,
            "half_life_days": params.half_life_days,
            "people": people,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        t!("cli-pipeline-title", date = i18n::date(as_of))
    )?;
    writeln!(
        out,
        "{}",
        t!(
            "cli-pipeline-weights",
            comment = params.comment,
            share = params.share,
            like = params.like,
            days = params.half_life_days,
            threshold = params.threshold
        )
    )?;
    let heads = [
        t!("cli-pipeline-name"),
        t!("cli-pipeline-platform"),
        t!("cli-pipeline-warmth"),
        t!("cli-pipeline-parts"),
        t!("cli-pipeline-last"),
        t!("cli-pipeline-ready"),
        t!("cli-pipeline-why"),
    ];
    let table = TextTable::new(
        &heads,
        &[left(28), left(9), right(7), left(28), left(12), left(5)],
    );
    table.row(out, &heads)?;
    let yes = t!("cli-pipeline-yes");
    for (e, name) in list.iter().zip(&names) {
        let parts: Vec<String> = e
            .warmth
            .parts
            .iter()
            .map(|p| {
                format!(
                    "{}={}",
                    i18n::number(p.count),
                    i18n::decimal(p.contribution, 1)
                )
            })
            .collect();
        table.row(
            out,
            &[
                // The column is 28 wide: 27 characters and the ellipsis at most.
                excerpt(name, 27),
                store.rules().name_of(&e.platform).to_owned(),
                i18n::decimal(e.warmth.score, 2),
                parts.join(" "),
                e.warmth
                    .last_interaction
                    .map_or("–".into(), |t| i18n::local_date(&t)),
                if e.ready { yes.clone() } else { String::new() },
                reason_words(e),
            ],
        )?;
    }
    if list.is_empty() {
        writeln!(out, "{}", t!("cli-pipeline-empty"))?;
    }
    Ok(())
}

fn outreach_json(e: &OutreachEntry, name: &str) -> Value {
    json!({
        "contact_id": e.contact,
        "name": name,
        "platform": e.platform,
        "warmth": e.warmth.score,
        "parts": e.warmth.parts,
        "last_interaction": e.warmth.last_interaction.map(|t| t.to_rfc3339()),
        "ready": e.ready,
        "follows_me": e.follows_me,
        "redirected": e.redirected,
    })
}

fn reason_words(e: &OutreachEntry) -> String {
    match (e.follows_me, e.redirected) {
        (true, true) => t!("cli-pipeline-why-redirected-follows"),
        (false, true) => t!("cli-pipeline-why-redirected"),
        _ => t!("cli-pipeline-why-follows"),
    }
}

/// `followdesk report visibility`.
pub fn visibility(store: &Store, args: &VisibilityArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let log = store.metrics_log()?;
    let as_of = args.common.as_of();
    let vp = VisibilityParams {
        silent_days: args.days,
        min_posts: args.min_posts,
    };
    let mp = MixParams {
        window_days: args.days,
        ..MixParams::default()
    };
    let vis = metrics::visibility(&log, as_of, &vp);
    let mix = metrics::content_mix(&log, as_of, &mp);
    if args.common.json {
        let mut platforms = Map::new();
        for (v, m) in vis.iter().zip(&mix) {
            platforms.insert(v.platform.clone(), visibility_json(v, m));
        }
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json!({ "platforms": platforms }))?
        )?;
        return Ok(());
    }
    visibility_table(store, &vis, &mix, as_of, &vp, &mp, out)?;
    Ok(())
}

fn visibility_json(v: &PlatformVisibility, m: &ContentMix) -> Value {
    json!({
        "engaged": v.engaged.count(),
        "probably_hidden": v.probably_hidden.count(),
        "followers_visible": v.followers_visible.count(),
        "followers_not_visible": v.followers_not_visible.count(),
        "pending": v.pending.count(),
        "posts": v.posts_in_window,
        "promotional_share": m.recent.promotional_share(),
        "posts_connections_only": m.recent_connections_only,
    })
}

type VisRow = (String, fn(&PlatformVisibility, &ContentMix) -> String);

fn visibility_table(
    store: &Store,
    vis: &[PlatformVisibility],
    mix: &[ContentMix],
    as_of: NaiveDate,
    vp: &VisibilityParams,
    mp: &MixParams,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{}",
        t!(
            "cli-visibility-title",
            date = i18n::date(as_of),
            days = vp.silent_days
        )
    )?;
    let rows: [VisRow; 9] = [
        (t!("cli-visibility-engaged"), |v, _| {
            i18n::number(v.engaged.count())
        }),
        (t!("cli-visibility-hidden"), |v, _| {
            i18n::number(v.probably_hidden.count())
        }),
        (t!("cli-visibility-quiet"), |v, _| {
            i18n::number(v.quiet.count())
        }),
        (t!("cli-visibility-followers-visible"), |v, _| {
            i18n::number(v.followers_visible.count())
        }),
        (t!("cli-visibility-followers-not-visible"), |v, _| {
            i18n::number(v.followers_not_visible.count())
        }),
        (t!("cli-visibility-pending"), |v, _| {
            i18n::number(v.pending.count())
        }),
        (t!("cli-visibility-posts"), |v, _| {
            i18n::number(v.posts_in_window)
        }),
        (t!("cli-visibility-promotional"), |_, m| {
            percent(m.recent.promotional_share())
        }),
        (t!("cli-visibility-connections-only"), |_, m| {
            i18n::number(m.recent_connections_only)
        }),
    ];
    let width = label_width(rows.iter().map(|r| r.0.as_str()), 32);
    write!(out, "{:<width$}", "")?;
    for v in vis {
        let name = store.rules().name_of(&v.platform);
        write!(out, "{name:>10}")?;
    }
    writeln!(out)?;
    for (label, get) in rows {
        write!(out, "{label:<width$}")?;
        for (v, m) in vis.iter().zip(mix) {
            write!(out, "{:>10}", get(v, m))?;
        }
        writeln!(out)?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        t!(
            "cli-visibility-estimate-note",
            days = vp.silent_days,
            posts = vp.min_posts
        )
    )?;
    for (v, m) in vis.iter().zip(mix) {
        if m.turning_promotional {
            let name = store.rules().name_of(&v.platform);
            writeln!(
                out,
                "{}",
                t!(
                    "cli-visibility-promotional-warning",
                    platform = name,
                    share = percent(m.recent.promotional_share()),
                    days = mp.window_days,
                    limit = percent(Some(mp.warn_share))
                )
            )?;
        }
    }
    Ok(())
}
