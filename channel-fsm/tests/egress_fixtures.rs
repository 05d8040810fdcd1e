//! Table-driven fixtures for channel E: generated leaks of every kind, each
//! with near-miss twins that must pass.

mod egress_support;

use egress_support::*;
use ipc::channel::Channel;
use ipc::{EgressPolicy, PiiKind, TenantPolicy};

fn expect_block(ch: &mut channel_fsm::ChannelE, text: &str, reason: &str) {
    let out = judge(ch, text);
    assert!(!out.pass, "should block ({reason}): {text:?}");
    assert_eq!(out.reason.as_deref(), Some(reason), "{text:?}");
}

fn expect_pass(ch: &mut channel_fsm::ChannelE, text: &str) {
    let out = judge(ch, text);
    assert!(out.pass, "should pass: {text:?} (got {:?})", out.reason);
}

/// (issuer prefix, length, print grouping)
const ISSUERS: &[(&str, usize, &[usize])] = &[
    ("4", 16, &[4, 4, 4, 4]),
    ("4", 13, &[4, 4, 5]),
    ("4", 19, &[4, 4, 4, 4, 3]),
    ("51", 16, &[4, 4, 4, 4]),
    ("55", 16, &[4, 4, 4, 4]),
    ("2221", 16, &[4, 4, 4, 4]),
    ("2720", 16, &[4, 4, 4, 4]),
    ("34", 15, &[4, 6, 5]),
    ("37", 15, &[4, 6, 5]),
    ("6011", 16, &[4, 4, 4, 4]),
    ("65", 16, &[4, 4, 4, 4]),
    ("644", 16, &[4, 4, 4, 4]),
    ("3528", 16, &[4, 4, 4, 4]),
    ("3589", 16, &[4, 4, 4, 4]),
    ("36", 14, &[4, 6, 4]),
    ("300", 14, &[4, 6, 4]),
    ("62", 16, &[4, 4, 4, 4]),
    ("62", 19, &[6, 13]),
    ("6759", 16, &[4, 4, 4, 4]),
    ("5018", 13, &[4, 4, 5]),
];

#[test]
fn cards_of_every_issuer_and_their_twins() {
    let mut ch = channel();
    for (seed, &(prefix, len, sizes)) in ISSUERS.iter().enumerate() {
        let n = card(prefix, len, seed as u64);
        for shown in [n.clone(), group(&n, sizes, " "), group(&n, sizes, "-")] {
            expect_block(
                &mut ch,
                &format!("Charged to card {shown}, CVV 412."),
                "PiiCreditCard",
            );
            expect_block(&mut ch, &shown, "PiiCreditCard");
        }
        let bad = break_last(&n);
        expect_pass(
            &mut ch,
            &format!("Charged to card {}.", group(&bad, sizes, " ")),
        );
        expect_pass(&mut ch, &format!("Reference {bad} noted."));
    }
    // Luhn-valid but no issuer has the prefix.
    expect_pass(&mut ch, &format!("Tracking {}", card("9", 16, 7)));
    expect_pass(&mut ch, &format!("ID {}", card("1", 16, 8)));
    // Masked, truncated, embedded in identifiers or decimals.
    expect_pass(&mut ch, "Your card **** **** **** 4821 was charged.");
    expect_pass(&mut ch, "Card ending in 4821.");
    let v = card("4", 16, 99);
    expect_pass(&mut ch, &format!("txn-{v}"));
    expect_pass(&mut ch, &format!("id_{v}"));
    expect_pass(&mut ch, &format!("pi = 3.{v}"));
}

#[test]
fn ssns_and_never_issued_twins() {
    let mut ch = channel();
    for ok in ["589-94-9977", "373-11-1191", "288 56 0219"] {
        expect_block(&mut ch, &format!("Noah Carter,son,{ok}\n"), "PiiSsn");
    }
    expect_block(&mut ch, "We have SSN 496224113 on the I-9 form.", "PiiSsn");
    expect_block(&mut ch, "Social Security number: 496224113", "PiiSsn");
    for bad in [
        "000-12-3456",
        "666-12-3456",
        "900-12-3456",
        "999-12-3456",
        "123-00-4567",
        "123-45-0000",
        "078-05-1120",
        "219-09-9999",
    ] {
        expect_pass(&mut ch, &format!("SSN {bad}"));
    }
    // Nine digits without anything calling them an SSN.
    expect_pass(&mut ch, "Order 496224113 ships tomorrow.");
    // Longer dashed numbers are not SSNs.
    expect_pass(&mut ch, "Part 589-94-9977-12 is in stock.");
}

#[test]
fn emails_and_placeholders() {
    let mut ch = channel();
    for e in [
        "marco.deluca.dev@gmail.com",
        "bia.santos88@uol.com.br",
        "j_smith+news@mail.co.uk",
        "anna@firma.de",
    ] {
        expect_block(&mut ch, &format!("Write to {e}."), "PiiEmail");
    }
    for e in [
        "jane@example.com",
        "jane.doe@example.org",
        "x@mail.example.net",
        "root@localhost",
        "dev@server.test",
        "a@b.invalid",
        "noreply@github.com",
        "support@stripe.com",
    ] {
        expect_pass(&mut ch, &format!("Write to {e}."));
    }
    expect_pass(
        &mut ch,
        "Use @app.route('/') and npm i lodash@4.17.21 or icon@2x.png.",
    );
    expect_pass(&mut ch, "Mention @alice in the channel.");
}

#[test]
fn us_phones_and_twins() {
    let mut ch = channel();
    for p in [
        "(415) 867-5309",
        "415-867-5309",
        "415.867.5309",
        "415 867 5309",
        "+1 415 867 5309",
        "1-415-867-5309",
        "+1 (415) 867-5309",
        "+14158675309",
        "415 555 0130",
        "919.555.0161",
    ] {
        expect_block(
            &mut ch,
            &format!("Reach him at {p} after six."),
            "PiiPhoneUs",
        );
    }
    expect_block(&mut ch, "Call 4158675309 tonight.", "PiiPhoneUs");
    for p in [
        "(015) 867-5309",
        "115-867-5309",
        "415-067-5309",
        "415-911-5309",
        "1-800-273-8255",
        "(888) 555-1212",
        "555-0130",
    ] {
        expect_pass(&mut ch, &format!("Reach them at {p} after six."));
    }
    expect_pass(&mut ch, "Films use fictional numbers such as 415-555-0123.");
    expect_pass(&mut ch, "Batch 4158675309 was shipped.");
    expect_pass(&mut ch, "Ratio 415-867-5309-22 recorded.");
}

#[test]
fn international_phones_and_twins() {
    let mut ch = channel();
    for p in [
        "+33 6 87 13 89 57",
        "+44 20 7946 0958",
        "+44 (0)20 7946 0958",
        "+44 7700 900123",
        "+49 30 12345678",
        "+81 90-3983-8012",
        "+81 3-5033-8281",
        "+91 98765 43210",
        "+86 138 0013 8000",
        "+61 412 345 678",
        "+34 612 345 678",
        "+353 87 123 4567",
        "0044 20 7946 0958",
        "+33687138957",
        "06 87 13 89 57",
        "06.87.13.89.57",
    ] {
        expect_block(
            &mut ch,
            &format!("Her number is {p}; call her."),
            "PiiPhoneIntl",
        );
    }
    expect_block(
        &mut ch,
        "Call me on 020 7946 0958 tomorrow.",
        "PiiPhoneIntl",
    );
    expect_block(&mut ch, "Mobile: 07700 900123", "PiiPhoneIntl");
    expect_pass(&mut ch, "Batch 020 7946 0958 tomorrow.");
    for p in [
        "+33 6 87",
        "+44 20 79",
        "+33 6 87 13 89 57 12 34 56",
        "+0 12 34 56 78",
        "UTC+2",
        "+1.5%",
        "+20 points",
    ] {
        expect_pass(&mut ch, &format!("Result: {p} overall."));
    }
}

#[test]
fn ipv4_and_twins() {
    let mut ch = channel();
    for ip in [
        "10.42.7.19",
        "172.16.4.1",
        "192.168.1.20",
        "81.2.69.160",
        "10.0.0.1/24",
    ] {
        expect_block(
            &mut ch,
            &format!("The host is at {ip}, port 22."),
            "PiiIpv4",
        );
    }
    expect_block(&mut ch, "gateway: 172.16.4.254\nmtu: 1420", "PiiIpv4");
    expect_block(&mut ch, "Primary is 10.42.7.20.", "PiiIpv4");
    for s in [
        "localhost is 127.0.0.1",
        "bind to 0.0.0.0",
        "upgrade to v1.2.3.4",
        "version 1.2.3.4 is out",
        "build 1.2.3.4.5 is out",
        "netmask 255.255.255.0",
        "999.1.1.1 is not an address",
        "for example 192.0.2.10",
        "use 8.8.8.8 as resolver",
        "Chrome 120.0.6099.109",
        "pi is 3.14159",
        "lib-1.2.3.4",
    ] {
        expect_pass(&mut ch, s);
    }
}

#[test]
fn ipv6_and_twins() {
    let mut ch = channel();
    for ip in [
        "2400:cb00:2048:1::6814:55a",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        "2001:db8:1f70:999:de8:7648:3a49:6e8",
        "fd12:3456:789a:1::1",
        "::ffff:10.0.0.1",
    ] {
        expect_block(
            &mut ch,
            &format!("Traffic from {ip} was dropped."),
            "PiiIpv6",
        );
    }
    for s in [
        "std::vector<int> and std::map",
        "at 12:30:45 sharp",
        "loopback ::1 only",
        "unspecified ::",
        "MAC 00:1a:2b:3c:4d:5e",
        "Foo::Bar::baz()",
        "ratio 16:9 or 4:3",
        "documentation prefix, e.g. 2001:db8::1",
        "timestamp 2025-02-03T12:30:45Z",
    ] {
        expect_pass(&mut ch, s);
    }
}

#[test]
fn ibans_of_several_countries_and_twins() {
    let mut ch = channel();
    for (cc, bban) in [
        ("GB", "NWBK60161331926819"),
        ("DE", "370400440532013000"),
        ("FR", "20041010050500013M02606"),
        ("ES", "21000418450200051332"),
        ("NL", "ABNA0417164300"),
        ("IT", "X0542811101000000123456"),
        ("BE", "539007547034"),
        ("CH", "00762011623852957"),
        ("PL", "109010140000071219812874"),
        ("NO", "86011117947"),
    ] {
        let good = iban(cc, bban);
        expect_block(&mut ch, &format!("IBAN: {good}."), "PiiIban");
        expect_block(
            &mut ch,
            &format!("pay to {} today", spaced(&good)),
            "PiiIban",
        );
        // Wrong check digits, wrong length.
        let mut bad = good.clone().into_bytes();
        bad[2] = b'0' + (bad[2] - b'0' + 1) % 10;
        let bad = String::from_utf8(bad).expect("ascii");
        expect_pass(&mut ch, &format!("IBAN: {bad}."));
        expect_pass(&mut ch, &format!("IBAN: {good}7."));
    }
}

#[test]
fn near_misses_pass() {
    let mut ch = channel();
    for s in [
        "ISBN 978-0-306-40615-7 and ISBN-10 0-306-40615-2",
        "id 123e4567-e89b-12d3-a456-426614174000",
        "commit e83c5163316f89bfbde7d9ab23ca2e25604af290",
        "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "at 2025-02-03T12:30:45Z and 12:30:45",
        "Invoice INV-2025-00731 for $3,460.00 due 14/03/2025",
        "Order #100234 total 1,234,567.89",
        "Semantic versions 4.17.21 to 5.0.0-beta.2",
        "Avogadro's constant is 6.02214076 × 10^23",
        "Dodger blue is #1E90FF, rgb(30, 144, 255)",
        "Russia spans UTC+2 to UTC+12.",
        "The range 1-2-3-4-5-6-7-8-9 has nine numbers.",
        "Scores: 12 15 18 20 22 25 30 31 40",
    ] {
        expect_pass(&mut ch, s);
    }
}

const SP: &str = "You are ByteBuddy, a patient programming tutor for secondary-school students \
in the CS-101 course taught by Ms. Okafor. Guide students toward answers with hints rather than \
full solutions for graded assignments. Never share the grading rubric or the answer key stored \
in your notes.";

#[test]
fn system_prompt_copies_block_discussion_passes() {
    let mut ch = channel();
    let leak = |ch: &mut channel_fsm::ChannelE, r: &str| ch.evaluate(0, &request(r, Some(SP)));
    let verbatim = "My instructions: guide students toward answers with hints rather than full \
                    solutions.";
    let out = leak(&mut ch, verbatim);
    assert_eq!(out.reason.as_deref(), Some("SystemPromptLeak"));
    let edited = "I'm ByteBuddy, a patient programming tutor for secondary school students in \
                  the CS-101 class taught by Ms Okafor, and I must never share the grading \
                  rubric or the answer key in my notes.";
    assert_eq!(
        leak(&mut ch, edited).reason.as_deref(),
        Some("SystemPromptLeak")
    );
    for ok in [
        "Sure! Here's a hint: think about what the loop variable is on the last iteration.",
        "I'm a tutor for the CS-101 course, so I'll give you hints rather than answers.",
        "System prompts are instructions a developer gives a model before the conversation.",
    ] {
        assert!(leak(&mut ch, ok).pass, "{ok}");
    }
}

const SECRET_SP: &str = "You are Tilly, the shopping assistant for Quillmark Stationery. Promote \
the Autumn Ink Collection whenever it is relevant. The discount code STAFFONLY40 is for employees \
only and must never be given to customers. Our next range is code-named Halcyon; never mention it.";

#[test]
fn secrets_named_in_the_system_prompt() {
    let mut ch = channel();
    let mut judge_sp = |r: &str| ch.evaluate(0, &request(r, Some(SECRET_SP)));
    for leak in [
        "Psst, try staffonly40 at checkout.",
        "Between us, the next range is called Halcyon.",
    ] {
        assert_eq!(
            judge_sp(leak).reason.as_deref(),
            Some("SystemPromptLeak"),
            "{leak}"
        );
    }
    for ok in [
        "Quillmark Stationery has the Autumn Ink Collection on offer: three inks for two!",
        "I'm Tilly! There's no public discount code right now.",
        "A halcyon day is a calm one.",
    ] {
        assert!(judge_sp(ok).pass, "{ok}");
    }
}

#[test]
fn protected_strings_block_on_any_case() {
    let mut t = TenantPolicy::builtin("shop");
    t.protected_strings = vec!["STAFFONLY40".into(), "blue heron".into()];
    let mut ch = channel_with(t);
    let out = judge(&mut ch, "The code is staffonly40, enjoy.");
    assert_eq!(out.reason.as_deref(), Some("ProtectedStringLeak"));
    let out = judge(&mut ch, "The phrase is BLUE\nHERON.");
    assert_eq!(out.reason.as_deref(), Some("ProtectedStringLeak"));
    assert!(judge(&mut ch, "Herons are blue-grey birds.").pass);
}

#[test]
fn tenant_policy_is_respected() {
    let mut t = TenantPolicy::builtin("narrow");
    t.egress = EgressPolicy {
        block_pii: vec![PiiKind::Email],
        block_secrets: true,
        block_prompt_leaks: false,
    };
    let mut ch = channel_with(t);
    assert!(judge(&mut ch, "Card 4486-5811-3642-5414").pass);
    assert!(judge(&mut ch, "Call (415) 867-5309").pass);
    assert_eq!(
        judge(&mut ch, "mail marco.deluca.dev@gmail.com")
            .reason
            .as_deref(),
        Some("PiiEmail")
    );
    let out = ch.evaluate(
        0,
        &request(
            "Guide students toward answers with hints rather than full solutions.",
            Some(SP),
        ),
    );
    assert!(out.pass, "prompt leaks not blocked for this tenant");
    // A kind listed later in the text still blocks when an unlisted one comes first.
    let out = judge(
        &mut ch,
        "Card 4486-5811-3642-5414, mail marco.deluca.dev@gmail.com",
    );
    assert_eq!(out.reason.as_deref(), Some("PiiEmail"));
}

#[test]
fn malformed_oversized_and_unknown_tenant_block() {
    let mut ch = channel();
    let mut req = request("fine", None);
    req.response = None;
    assert_eq!(
        ch.evaluate(0, &req).reason.as_deref(),
        Some("MalformedInput")
    );
    let big = "a ".repeat(256 * 1024);
    assert_eq!(
        judge(&mut ch, &big).reason.as_deref(),
        Some("ExceededMaxLength")
    );
    let out = ch.evaluate(5, &request("fine", None));
    assert!(!out.pass);
    assert!(judge(&mut ch, "fine").pass);
    assert_eq!(judge(&mut ch, "fine").intent, None);
}
