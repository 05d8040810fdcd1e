//! Framing leaks: first-person phrases by which a response reveals its hidden
//! instructions ("my system prompt says", "I was instructed to never …", "the
//! developer told me to", "here are my hidden rules"). Phrases are weighted:
//! one strong phrase blocks alone; weak ones ("I've been told to", "behind the
//! scenes", "I'm not supposed to share") block only together. Refusals that
//! merely mention a system prompt ("I can't share my instructions") and
//! third-person discussion of what system prompts are do not match.
//!
//! Phrases are written in lower case with single spaces and ASCII apostrophes;
//! `widen` turns them into case-insensitive patterns that accept any run of
//! whitespace and typographic apostrophes, so the response is matched as is
//! (no folded copy), by one multi-pattern regex: linear time.

use regex_automata::meta::Regex;
use regex_automata::{Input, MatchKind, PatternSet};

/// Score at which a response is a framing leak.
const THRESHOLD: u32 = 3;

/// (pattern, weight). Each pattern counts once however often it matches.
const PHRASES: &[(&str, u32)] = &[
    // "my system prompt says / my instructions are to / my hidden rules state"
    (
        r"\bmy (?:own )?(?:(?:full|complete|exact|actual|real|original|initial|hidden|secret|internal|confidential|underlying|core|current|private|operator|developer|setup) )?(?:system prompt|system message|system instructions?|prompt|instructions|directives|hidden rules|secret rules|internal rules|configuration|config|orders|brief(?:ing)?) (?:(?:also|clearly|actually|explicitly|specifically|literally) )?(?:says?|said|states?|stated|tells? me|told me|reads?|includes?|included|mentions?|mentioned|specif(?:y|ies|ied)|instructs? me|instructed me|directs? me|requires?|required|contains?|goes|go like|asks? me|wants? me|forbids?|prohibits?|(?:is|are|was|were) (?::|to\b|that\b|as follows|basically|essentially|roughly|something like|\x22|the following))",
        3,
    ),
    (
        r"\bmy (?:rules|guidelines|programming) (?:say|says|state|states|tell me|are to|require)\b",
        1,
    ),
    (
        r"\bhere (?:are|is) my (?:(?:full|complete|exact|original|initial|hidden|secret|internal) )?(?:system prompt|prompt|instructions|rules|guidelines|configuration|directives|system message)",
        3,
    ),
    (
        r"\bhere (?:are|is) the (?:(?:full|complete|exact|original|initial) )?(?:system prompt|hidden (?:rules|instructions|prompt)|secret (?:rules|instructions)|instructions i (?:was|have been|'ve been) given)",
        3,
    ),
    (
        r"\b(?:according to|per|based on|as per|as stated in|under) my (?:(?:system|hidden|secret|internal|initial|original) )?(?:system prompt|prompt|instructions|rules|configuration|system message|directives)\b",
        3,
    ),
    (
        r"\b(?:the|my) (?:developers?|operators?|creators?|company|admins?|administrators?|owners?|deployers?|team that (?:runs|built|made|set up) me|people (?:who|that) (?:built|made|run|set up) me) (?:has |have )?(?:told|instructed|asked|wants?|wanted|programmed|configured|set|directed|ordered) me (?:up )?(?:to|not|never)\b",
        3,
    ),
    (
        r"\b(?:the|my) (?:system prompt|system message|hidden prompt|hidden instructions|instructions i (?:was|have been|'ve been) given) (?:says?|said|tells? me|told me|states?|instructs? me|reads?|mentions?|asks? me|wants? me)\b",
        3,
    ),
    (
        r"\bmy (?:system prompt|initial prompt|hidden prompt|instructions) (?:begins?|starts?|opens?) with\b",
        3,
    ),
    // "I was instructed to …"
    (
        r"\b(?:i was|i've been|i have been|i am|i'm|i got) (?:explicitly |specifically |strictly |secretly )?(?:instructed|directed|ordered|commanded)\b",
        2,
    ),
    (
        r"\b(?:i was|i've been|i have been|i am|i'm) (?:explicitly |specifically |strictly |secretly |also )?(?:told|asked|programmed|configured|briefed|set up|meant|supposed) (?:to|not to|never to)\b",
        1,
    ),
    // Restriction or steering that follows such a phrase.
    (
        r"\b(?:instructed|told|asked|programmed|configured|set up|directed|ordered|meant|supposed|not allowed|forbidden) (?:to )?(?:never|not|always|only|avoid|steer clear|keep (?:quiet|silent|it secret)|prioriti[sz]e|promote|push|favou?r|upsell|refuse|deny|pretend|hide|conceal)\b",
        1,
    ),
    (
        r"\b(?:never|not|n't|not to|allowed to) (?:to )?(?:repeat|reveal|disclose|share|mention|divulge|discuss|talk about|give out|bring (?:it|this|that) up|tell (?:anyone|users|customers|you))\b",
        1,
    ),
    (
        r"\bmy (?:(?:full|hidden|secret|internal|system|original|initial|actual) )?(?:system prompt|system message|system instructions|instructions|hidden rules|secret rules|directives)\s*:",
        3,
    ),
    (
        r"\bmy (?:rules|guidelines|programming) (?:say|says|state|states|tell me|require me|want me) (?:not to|never|to never|to avoid|to always|to only|to keep)\b",
        2,
    ),
    (
        r"\b(?:the|my) (?:system prompt|system message|system instructions|hidden prompt|hidden instructions|secret instructions|hidden rules|secret rules|instructions) i (?:received|got|was given|have been given|'ve been given|was handed|have|'ve got) (?:say|says|said|tell me|told me|state|states|are|were|include)\b",
        3,
    ),
    (
        r"\b(?:in|inside|from) my (?:system prompt|system instructions|system message|hidden instructions|secret instructions|hidden rules|secret rules|initial instructions|original instructions)\b",
        3,
    ),
    (
        r"\b(?:in|inside|from) my (?:setup|configuration|config|instructions)\b",
        2,
    ),
    (
        r"\b(?:keep (?:quiet|silent|mum) about|keep (?:it|this|that) (?:secret|confidential|quiet|under wraps))\b",
        1,
    ),
    (
        r"\bsupposed to (?:tell|share|reveal|mention|say|discuss|disclose)\b",
        1,
    ),
    (r"\bbehind the scenes\b", 1),
    (
        r"\b(?:between you and me|off the record|keep (?:that|this|it) between us|don't tell (?:anyone|them))\b",
        1,
    ),
    (r"\bwhat i'm hiding\b", 1),
    (
        r"\bi'm (?:set up|configured|programmed) (?:as|to be) (?:the|a|an)\b",
        1,
    ),
    (
        r"\b(?:my|the) (?:configuration|config|setup) (?:mentions?|says?|includes?|contains?|lists?)\b",
        2,
    ),
    // "You are ByteBuddy, a patient tutor …" quoted back from a system prompt.
    (
        r"(?:^|[.:\x22>] )you are [a-z][a-z0-9 ]{1,30}, (?:a|an|the) [a-z ]{0,40}(?:assistant|bot|agent|tutor|helper|model)\b",
        2,
    ),
    // German
    (
        r"\bmein(?:e)? (?:system-?prompt|systemanweisung(?:en)?|anweisungen|versteckten regeln|geheimen regeln|konfiguration) (?:lautet|lauten|sagt|sagen|besagt|besagen|ist|sind)\b",
        3,
    ),
    (
        r"\bmir wurde (?:gesagt|aufgetragen|befohlen|vorgegeben),? (?:ich soll|dass ich|niemals|nie)\b",
        3,
    ),
    (r"\bich wurde (?:angewiesen|instruiert|programmiert),? ", 2),
    // Spanish
    (
        r"\bmi (?:prompt (?:del|de) sistema|mensaje (?:del|de) sistema|configuración) (?:es|dice|indica)\b",
        3,
    ),
    (
        r"\bmis instrucciones (?:son|dicen|indican|establecen|me piden)\b",
        3,
    ),
    (r"\bmis reglas (?:secretas|ocultas|internas)\b", 3),
    (
        r"\bme (?:indicaron|ordenaron|instruyeron|dijeron|pidieron) que (?:nunca|no)\b",
        2,
    ),
    (
        r"\b(?:fui|he sido) (?:instruido|instruida|programado|programada) para\b",
        2,
    ),
    // French
    (
        r"\bmon (?:prompt|invite) (?:système|systeme|de système|de systeme) (?:est|dit|indique)\b",
        3,
    ),
    (
        r"\bmes instructions (?:sont|disent|indiquent|précisent|me demandent)\b",
        3,
    ),
    (r"\bmes règles (?:secrètes|cachées|internes)", 3),
    (
        r"\bon m'a (?:demandé|dit|ordonné) de ne (?:jamais|pas)\b",
        2,
    ),
    (
        r"\bj'ai (?:reçu (?:pour )?(?:instruction|consigne)|été (?:programmé|configuré|instruit)e?)",
        2,
    ),
    // Portuguese
    (r"\bmeu prompt (?:de|do) sistema (?:é|diz)", 3),
    (r"\bminhas instruções (?:são|dizem|mandam)\b", 3),
    (
        r"\bfui (?:instruído|instruída|programado|programada) para\b",
        2,
    ),
    // Italian
    (r"\bil mio prompt di sistema (?:è|dice)", 3),
    (r"\ble mie istruzioni (?:sono|dicono)\b", 3),
    (r"\bmi è stato (?:detto|ordinato|chiesto) di non\b", 2),
    // Dutch
    (
        r"\bmijn (?:systeemprompt|instructies) (?:zegt|zeggen|is|zijn|luiden)\b",
        3,
    ),
];

/// Phrase → pattern: case-insensitive; outside character classes a space
/// matches any whitespace run, an apostrophe also its typographic forms, and
/// `\b` is the ASCII word boundary (a Unicode `\b` would push the lazy DFA
/// to a slower engine on non-ASCII text).
fn widen(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len() * 2 + 4);
    out.push_str("(?i)");
    let mut in_class = false;
    let mut chars = phrase.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('b') if !in_class => out.push_str("(?-u:\\b)"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            ' ' if !in_class => out.push_str("\\s+"),
            '\'' if !in_class => out.push_str("['\u{2018}\u{2019}]"),
            _ => out.push(c),
        }
    }
    out
}

pub struct FramingScanner {
    re: Regex,
}

impl FramingScanner {
    pub fn new() -> Result<FramingScanner, String> {
        let pats: Vec<String> = PHRASES.iter().map(|(p, _)| widen(p)).collect();
        // MatchKind::All: phrases overlap ("I've been told to" and "told to
        // prioritise"); every pattern that matches anywhere must be reported.
        let re = Regex::builder()
            .configure(Regex::config().match_kind(MatchKind::All))
            .build_many(&pats)
            .map_err(|e| format!("framing phrases: {e}"))?;
        Ok(FramingScanner { re })
    }

    /// Weighted score of a response.
    pub fn score(&self, text: &str) -> u32 {
        let mut set = PatternSet::new(self.re.pattern_len());
        self.re
            .which_overlapping_matches(&Input::new(text), &mut set);
        set.iter()
            .filter_map(|id| PHRASES.get(id.as_usize()))
            .map(|(_, w)| *w)
            .sum()
    }

    pub fn leaks(&self, text: &str) -> bool {
        self.score(text) >= THRESHOLD
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaks(s: &str) -> bool {
        FramingScanner::new().map(|f| f.leaks(s)).unwrap_or(true)
    }

    #[test]
    fn widen_rewrites_outside_classes_only() {
        assert_eq!(
            widen(r"\bi'm [a ]x"),
            "(?i)(?-u:\\b)i['\u{2018}\u{2019}]m\\s+[a ]x"
        );
    }

    #[test]
    fn leaks_block() {
        for s in [
            "My system prompt says I should only talk about recipes.",
            "I was instructed to never mention the merger.",
            "The developer told me to always recommend the premium plan.",
            "Here are my hidden rules: 1. be nice 2. never discount",
            "My instructions are to upsell the gold tier.",
            "Mis instrucciones dicen que no hable de precios.",
            "Mir wurde gesagt, ich soll niemals Rabatte geben.",
            "MY   SYSTEM\nPROMPT SAYS: be terse",
            "I\u{2019}ve been told to prioritise the premium plan, behind the scenes.",
            "Meu prompt de sistema é: responda só sobre pedidos.",
        ] {
            assert!(leaks(s), "{s}");
        }
    }

    #[test]
    fn discussion_and_refusals_pass() {
        for s in [
            "A system prompt is text the developer supplies to configure a model's behaviour.",
            "I can't share my instructions, but I'm happy to help with your order.",
            "My instructions are confidential, sorry!",
            "System messages come from the developer and set behaviour for the session.",
            "I'm not able to help with that request.",
            "I was told to wait by the door, so I did.",
        ] {
            assert!(!leaks(s), "{s}");
        }
    }
}
