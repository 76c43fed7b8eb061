//! Connecting to the team server: the connection string without its password (the form
//! stored and shown), where the password comes from instead, and TLS through rustls with
//! libpq's `sslmode` honoured.

use std::sync::Arc;
use std::time::Duration;

use postgres::config::{Host, SslMode};
use postgres::{Client, Config};

use super::TeamError;

/// A `postgres://` connection string, split into the part that may be stored and shown and
/// the password, which may not.
#[derive(Clone, PartialEq, Eq)]
pub struct TeamUrl {
    shown: String,
    password: Option<String>,
}

impl std::fmt::Debug for TeamUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TeamUrl")
            .field("url", &self.shown)
            .finish_non_exhaustive()
    }
}

impl TeamUrl {
    /// Splits a `postgres://user:password@host:port/db?params` URL; the password may also
    /// be a `password=` parameter.
    pub fn parse(url: &str) -> Result<Self, TeamError> {
        let bad = |reason: &str| TeamError::BadUrl {
            url: redact(url),
            reason: reason.to_owned(),
        };
        let url = url.trim();
        let (scheme, rest) = url
            .split_once("://")
            .filter(|(s, _)| matches!(*s, "postgres" | "postgresql"))
            .ok_or_else(|| bad("postgres://"))?;
        let (before_query, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, path) = before_query
            .split_once('/')
            .map_or((before_query, ""), |(a, p)| (a, p));
        let (userinfo, host) = authority.rsplit_once('@').unwrap_or(("", authority));
        if host.is_empty() {
            return Err(bad("host"));
        }
        let (user, mut password) = match userinfo.split_once(':') {
            Some((u, p)) => (u, Some(percent_decode(p))),
            None => (userinfo, None),
        };
        let mut params = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("password", p)) => password = Some(percent_decode(p)),
                _ => params.push(pair),
            }
        }
        let mut shown = format!("{scheme}://");
        if !user.is_empty() {
            shown.push_str(user);
            shown.push('@');
        }
        shown.push_str(host);
        shown.push('/');
        shown.push_str(path);
        if !params.is_empty() {
            shown.push('?');
            shown.push_str(&params.join("&"));
        }
        Ok(Self { shown, password })
    }

    /// The connection string without its password: what is stored and printed.
    #[must_use]
    pub fn without_password(&self) -> &str {
        &self.shown
    }

    /// Whether the string given held a password.
    #[must_use]
    pub fn has_password(&self) -> bool {
        self.password.is_some()
    }
}

/// `url` with anything after a `:` in the user part replaced, for error messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let user = &url[s + 3..at];
            match user.split_once(':') {
                Some((u, _)) => format!("{}{u}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The password for `config`: from `url`, else `FOLLOWDESK_TEAM_URL`, else `PGPASSWORD`, else
/// the password file (`PGPASSFILE` or `~/.pgpass`). `None` leaves it to the server (trust).
fn password_for(url: &TeamUrl, config: &Config) -> Option<String> {
    if let Some(p) = &url.password {
        return Some(p.clone());
    }
    if let Some(p) = std::env::var("FOLLOWDESK_TEAM_URL")
        .ok()
        .and_then(|u| TeamUrl::parse(&u).ok())
        .and_then(|u| u.password)
    {
        return Some(p);
    }
    if let Ok(p) = std::env::var("PGPASSWORD") {
        return Some(p);
    }
    let file = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().join(".pgpass")))?;
    let text = std::fs::read_to_string(file).ok()?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        _ => "localhost".to_owned(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let db = config.get_dbname().unwrap_or_default().to_owned();
    let user = config.get_user().unwrap_or_default().to_owned();
    pgpass_lookup(&text, [&host, &port, &db, &user])
}

/// The password of the first line of a `.pgpass` file matching host, port, database and
/// user (`*` matches anything; `\:` and `\\` are escapes).
fn pgpass_lookup(text: &str, want: [&str; 4]) -> Option<String> {
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = Vec::new();
        let mut cur = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => cur.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut cur)),
                _ => cur.push(c),
            }
        }
        fields.push(cur);
        if fields.len() == 5
            && fields[..4]
                .iter()
                .zip(want)
                .all(|(f, w)| f == "*" || f == w)
        {
            return fields.pop();
        }
    }
    None
}

/// Opens a connection to the team server. TLS follows libpq's `sslmode`: `disable` (none),
/// `prefer` (the default: TLS when the server offers it) and `require` encrypt without
/// checking the certificate, as libpq does; `verify-ca` and `verify-full` check it against
/// the web's root certificates and the `sslrootcert` file (or PGSSLROOTCERT), host name
/// included.
pub fn connect(url: &TeamUrl) -> Result<Client, TeamError> {
    let shown = url.without_password().to_owned();
    let offline = |reason: String| TeamError::Offline {
        url: shown.clone(),
        reason,
    };
    let verify = shown.contains("sslmode=verify-full") || shown.contains("sslmode=verify-ca");
    let root_file = param(&shown, "sslrootcert").or_else(|| std::env::var("PGSSLROOTCERT").ok());
    // tokio-postgres reads only the libpq parameters it knows: the others are taken here.
    let parsable = without_params(
        &shown
            .replace("sslmode=verify-full", "sslmode=require")
            .replace("sslmode=verify-ca", "sslmode=require"),
        &["sslrootcert"],
    );
    let mut config: Config = parsable
        .parse()
        .map_err(|e: postgres::Error| TeamError::BadUrl {
            url: shown.clone(),
            reason: e.to_string(),
        })?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(10));
    }
    if config.get_application_name().is_none() {
        config.application_name("followdesk");
    }
    if let Some(p) = password_for(url, &config) {
        config.password(p);
    }
    let result = if config.get_ssl_mode() == SslMode::Disable {
        config.connect(postgres::NoTls)
    } else {
        config.connect(tls(verify, root_file.as_deref()).map_err(offline)?)
    };
    result.map_err(|e| {
        let reason = e
            .as_db_error()
            .map_or_else(|| e.to_string(), |db| db.message().to_owned());
        offline(reason)
    })
}

/// The value of a query parameter of a URL.
fn param(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    query.split('&').find_map(|p| {
        p.split_once('=')
            .filter(|(k, _)| *k == name)
            .map(|(_, v)| percent_decode(v))
    })
}

fn without_params(url: &str, names: &[&str]) -> String {
    let Some((base, query)) = url.split_once('?') else {
        return url.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !names.iter().any(|n| p.split('=').next() == Some(*n)))
        .collect();
    if kept.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

fn tls(
    verify: bool,
    root_file: Option<&str>,
) -> Result<tokio_postgres_rustls::MakeRustlsConnect, String> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject as _;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let config = if verify {
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        if let Some(file) = root_file {
            let pem = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
            for cert in CertificateDer::pem_slice_iter(&pem) {
                let cert = cert.map_err(|e| format!("{file}: {e}"))?;
                roots.add(cert).map_err(|e| format!("{file}: {e}"))?;
            }
        }
        builder.with_root_certificates(roots).with_no_client_auth()
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(EncryptOnly(provider)))
            .with_no_client_auth()
    };
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// `sslmode=prefer|require`: the connection is encrypted, the certificate not checked
/// (libpq's meaning of these modes). The handshake's signatures are still verified.
#[derive(Debug)]
struct EncryptOnly(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for EncryptOnly {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_is_split_off_the_url() {
        let u = TeamUrl::parse("postgres://anna:s%40cret@db.example.com:5432/team?sslmode=require")
            .unwrap();
        assert_eq!(
            u.without_password(),
            "postgres://anna@db.example.com:5432/team?sslmode=require"
        );
        assert_eq!(u.password.as_deref(), Some("s@cret"));
        let u = TeamUrl::parse("postgresql://anna@h/team?password=x&sslmode=disable").unwrap();
        assert_eq!(
            u.without_password(),
            "postgresql://anna@h/team?sslmode=disable"
        );
        assert!(u.has_password());
        assert!(!format!("{u:?}").contains('x'));
    }

    #[test]
    fn a_bad_url_is_refused_without_showing_its_password() {
        let e = TeamUrl::parse("mysql://anna:secret@h/db").unwrap_err();
        assert!(!e.to_string().contains("secret"), "{e}");
        assert!(TeamUrl::parse("postgres:///db").is_err());
    }

    #[test]
    fn parameters_tokio_postgres_does_not_know_are_taken_off() {
        let u = "postgres://a@h/db?sslmode=verify-full&sslrootcert=%2Ftmp%2Fca.pem";
        assert_eq!(param(u, "sslrootcert").as_deref(), Some("/tmp/ca.pem"));
        assert_eq!(
            without_params(u, &["sslrootcert"]),
            "postgres://a@h/db?sslmode=verify-full"
        );
    }

    #[test]
    fn pgpass_lines_match_with_wildcards_and_escapes() {
        let text = "# comment\nother:5432:*:anna:no\nh:5432:*:anna:pa\\:ss\n";
        assert_eq!(
            pgpass_lookup(text, ["h", "5432", "team", "anna"]).as_deref(),
            Some("pa:ss")
        );
        assert_eq!(pgpass_lookup(text, ["h", "5432", "team", "bob"]), None);
    }
}
