//! `followdesk report funnel | pipeline | visibility`: the follower-pipeline and
//! visibility metrics of [`crate::domain::metrics`], as JSON or as readable tables.

use std::io::Write;

use chrono::NaiveDate;
use clap::Args;
use serde_json::{Map, Value, json};

use crate::domain::metrics::{
    self, ContentMix, Funnel, MixParams, OutreachEntry, PlatformFunnel, PlatformVisibility,
    VisibilityParams,
};
use crate::store::Store;

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
    fn as_of(&self) -> NaiveDate {
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
    writeln!(
        out,
        "Cohorts: entered the pipeline (followed or redirected) in a month, connected within…"
    )?;
    writeln!(
        out,
        "{:<8} {:<10} {:>8} {:>8} {:>8} {:>8}",
        "month", "platform", "entered", "30 d", "90 d", "180 d"
    )?;
    for c in &cohorts {
        writeln!(
            out,
            "{:<8} {:<10} {:>8} {:>8} {:>8} {:>8}",
            c.month.to_string(),
            c.platform,
            c.entered,
            c.connected_30d,
            c.connected_90d,
            c.connected_180d
        )?;
    }
    Ok(())
}

fn funnel_json(p: &PlatformFunnel) -> Value {
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

type FunnelRow = (&'static str, fn(&PlatformFunnel) -> String);

fn funnel_table(
    f: &Funnel,
    store: &Store,
    as_of: NaiveDate,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(
        out,
        "Follower funnel as of {as_of} (people who ever reached each stage)"
    )?;
    let columns: Vec<(&str, &PlatformFunnel)> = f
        .platforms
        .iter()
        .map(|p| {
            let name = store
                .rules()
                .get(&p.platform)
                .map_or(p.platform.as_str(), |r| r.name.as_str());
            (name, p)
        })
        .chain([("all", &f.all)])
        .collect();
    let rows: [FunnelRow; 13] = [
        ("requests received", |p| p.counts.requests.to_string()),
        ("redirected to Follow", |p| p.counts.redirected.to_string()),
        ("following", |p| p.counts.following.to_string()),
        ("engaged", |p| p.counts.engaged.to_string()),
        ("connected", |p| p.counts.connected.to_string()),
        ("opportunity", |p| p.counts.opportunity.to_string()),
        ("lost followers", |p| p.counts.lost_followers.to_string()),
        ("conversion in 180 d", |p| percent(p.conversion_180d)),
        ("median days to connect", |p| {
            p.median_days_to_connect
                .map_or("–".into(), |d| format!("{d:.0}"))
        }),
        ("redirects: followed", |p| p.redirects.followed.to_string()),
        ("redirects: connected", |p| {
            p.redirects.connected_later.to_string()
        }),
        ("redirects: nothing yet", |p| {
            p.redirects.nothing_yet.to_string()
        }),
        ("redirects in all", |p| p.redirects.redirected.to_string()),
    ];
    write!(out, "{:<24}", "")?;
    for (name, _) in &columns {
        write!(out, "{name:>10}")?;
    }
    writeln!(out)?;
    for (label, get) in rows {
        write!(out, "{label:<24}")?;
        for (_, p) in &columns {
            write!(out, "{:>10}", get(p))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn percent(r: Option<f64>) -> String {
    r.map_or("–".into(), |r| format!("{:.1} %", r * 100.0))
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
        "Outreach list as of {as_of}: followers who are not connected and redirected people, warmest first"
    )?;
    writeln!(
        out,
        "(warmth: comment {}, share {}, like {}, halving every {} days; ready from {})",
        params.comment, params.share, params.like, params.half_life_days, params.threshold
    )?;
    writeln!(
        out,
        "{:<28} {:<9} {:>7}  {:<28} {:<11} {:<5} why",
        "name", "platform", "warmth", "n=points: comment share like", "last", "ready"
    )?;
    for (e, name) in list.iter().zip(&names) {
        let parts: Vec<String> = e
            .warmth
            .parts
            .iter()
            .map(|p| format!("{}={:.1}", p.count, p.contribution))
            .collect();
        writeln!(
            out,
            "{:<28} {:<9} {:>7.2}  {:<28} {:<11} {:<5} {}",
            truncate(name, 28),
            e.platform,
            e.warmth.score,
            parts.join(" "),
            e.warmth
                .last_interaction
                .map_or("–".into(), |t| t.date_naive().to_string()),
            if e.ready { "yes" } else { "" },
            reason_words(e)
        )?;
    }
    if list.is_empty() {
        writeln!(
            out,
            "Nobody follows without being connected, and nobody was redirected."
        )?;
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

fn reason_words(e: &OutreachEntry) -> &'static str {
    match (e.follows_me, e.redirected) {
        (true, true) => "redirected, follows",
        (false, true) => "redirected, not following yet",
        _ => "follows, not connected",
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
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
    })
}

type VisRow = (&'static str, fn(&PlatformVisibility, &ContentMix) -> String);

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
        "Who sees my posts, as of {as_of} (window: the last {} days)",
        vp.silent_days
    )?;
    let rows: [VisRow; 8] = [
        ("connected, engaging", |v, _| v.engaged.count().to_string()),
        ("probably hiding me (estimate)", |v, _| {
            v.probably_hidden.count().to_string()
        }),
        ("connected, quiet", |v, _| v.quiet.count().to_string()),
        ("followers who see posts", |v, _| {
            v.followers_visible.count().to_string()
        }),
        ("followers who cannot", |v, _| {
            v.followers_not_visible.count().to_string()
        }),
        ("pending / redirected", |v, _| v.pending.count().to_string()),
        ("my posts in the window", |v, _| {
            v.posts_in_window.to_string()
        }),
        ("promotional share", |_, m| {
            percent(m.recent.promotional_share())
        }),
    ];
    write!(out, "{:<32}", "")?;
    for v in vis {
        let name = store
            .rules()
            .get(&v.platform)
            .map_or(v.platform.as_str(), |r| r.name.as_str());
        write!(out, "{name:>10}")?;
    }
    writeln!(out)?;
    for (label, get) in rows {
        write!(out, "{label:<32}")?;
        for (v, m) in vis.iter().zip(mix) {
            write!(out, "{:>10}", get(v, m))?;
        }
        writeln!(out)?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "\"probably hiding me\" is an estimate: connected, no like, comment or share for {} days while I posted at least {} times there.",
        vp.silent_days, vp.min_posts
    )?;
    for (v, m) in vis.iter().zip(mix) {
        if m.turning_promotional {
            let name = store
                .rules()
                .get(&v.platform)
                .map_or(v.platform.as_str(), |r| r.name.as_str());
            writeln!(
                out,
                "Warning: on {name} {} of the last {} days' posts were promotional or profile updates (above {}). People hide what is not relevant to them.",
                percent(m.recent.promotional_share()).trim(),
                mp.window_days,
                percent(Some(mp.warn_share)).trim()
            )?;
        }
    }
    Ok(())
}
