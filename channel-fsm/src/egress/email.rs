//! Email addresses, found from each `@`: a local part to the left, a dotted
//! domain with an alphabetic TLD to the right. Placeholder domains, reserved
//! TLDs and role mailboxes (support@, noreply@) are not personal data.

/// Longest local part and domain looked at (RFC 5321 limits).
const MAX_LOCAL: usize = 64;
const MAX_DOMAIN: usize = 253;

fn local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn domain_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// Domains reserved for documentation (RFC 2606).
const PLACEHOLDER_DOMAINS: &[&str] = &["example.com", "example.org", "example.net", "example.edu"];

/// TLDs that never route (RFC 2606/6761) or are file extensions (`icon@2x.png`).
const NON_TLDS: &[&str] = &[
    "test",
    "example",
    "invalid",
    "localhost",
    "png",
    "jpg",
    "jpeg",
    "gif",
    "svg",
    "webp",
    "css",
    "js",
    "ts",
    "json",
    "txt",
    "lock",
    "yml",
    "yaml",
    "toml",
    "md",
    "html",
    "py",
    "rs",
];

/// Mailboxes of a role or a robot rather than a person.
const ROLE_LOCALS: &[&str] = &[
    "support",
    "info",
    "help",
    "helpdesk",
    "sales",
    "contact",
    "hello",
    "noreply",
    "no-reply",
    "donotreply",
    "do-not-reply",
    "webmaster",
    "postmaster",
    "hostmaster",
    "abuse",
    "security",
    "privacy",
    "press",
    "media",
    "billing",
    "careers",
    "jobs",
    "feedback",
    "enquiries",
    "inquiries",
    "office",
    "admin",
    "team",
    "service",
    "customerservice",
    "notifications",
];

/// Checks the `@` at `at`: true when it joins a personal email address.
pub fn check(text: &[u8], at: usize) -> bool {
    // Local part.
    let mut ls = at;
    while ls > 0 && at - ls < MAX_LOCAL && local_byte(text[ls - 1]) {
        ls -= 1;
    }
    let local = &text[ls..at];
    if local.is_empty() || local[0] == b'.' || local[local.len() - 1] == b'.' {
        return false;
    }
    // Domain.
    let mut de = at + 1;
    while de < text.len() && de - at <= MAX_DOMAIN && domain_byte(text[de]) {
        de += 1;
    }
    let mut domain = &text[at + 1..de];
    while let Some((&last, rest)) = domain.split_last() {
        if last == b'.' || last == b'-' {
            domain = rest;
        } else {
            break;
        }
    }
    let Ok(domain) = std::str::from_utf8(domain) else {
        return false;
    };
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || l.len() > 63 || l.starts_with('-') || l.ends_with('-'))
    {
        return false;
    }
    let tld = labels[labels.len() - 1];
    let tld_ok = tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
        || tld.len() > 4 && tld[..4].eq_ignore_ascii_case("xn--");
    if !tld_ok || NON_TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld)) {
        return false;
    }
    let lower = domain.to_ascii_lowercase();
    if PLACEHOLDER_DOMAINS
        .iter()
        .any(|p| lower == *p || lower.ends_with(&format!(".{p}")))
    {
        return false;
    }
    let local_lower = local.to_ascii_lowercase();
    !ROLE_LOCALS
        .iter()
        .any(|r| r.as_bytes() == local_lower.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> bool {
        let t = s.as_bytes();
        t.iter()
            .position(|&b| b == b'@')
            .is_some_and(|p| check(t, p))
    }

    #[test]
    fn emails() {
        assert!(at("reach me at marco.deluca.dev@gmail.com or"));
        assert!(at("\"bia.santos88@uol.com.br\""));
        assert!(!at("write to jane@example.com."));
        assert!(!at("jane@mail.example.org"));
        assert!(!at("root@localhost"));
        assert!(!at("a@b.test"));
        assert!(!at("icon@2x.png"));
        assert!(!at("@app.route('/')"));
        assert!(!at("lodash@4.17.21"));
        assert!(!at("email support@stripe.com"));
    }
}
