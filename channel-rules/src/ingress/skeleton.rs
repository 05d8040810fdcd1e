//! Keyword set over the skeleton view (letters and digits only), forwards and
//! backwards: catches injections split by arbitrary punctuation or spacing
//! ("ig-no.re pre_vious", "i/g/n/o/r/e") and reversed text.

use aho_corasick::{AhoCorasick, MatchKind};

use super::signals::{Sig, Signals};

/// Long, unambiguous phrases only: a skeleton has no word boundaries.
const KEYWORDS: &[(Sig, &str)] = &[
    (Sig::Override, "ignorepreviousinstructions"),
    (Sig::Override, "ignoreallpreviousinstructions"),
    (Sig::Override, "ignorepriorinstructions"),
    (Sig::Override, "ignoreallpriorinstructions"),
    (Sig::Override, "ignoreallinstructions"),
    (Sig::Override, "ignoreyourinstructions"),
    (Sig::Override, "ignoreallyourinstructions"),
    (Sig::Override, "ignoretheaboveinstructions"),
    (Sig::Override, "ignoreaboveinstructions"),
    (Sig::Override, "ignoreyourrules"),
    (Sig::Override, "ignoreallrules"),
    (Sig::Override, "ignoreyourprogramming"),
    (Sig::Override, "ignoreyourguidelines"),
    (Sig::Override, "disregardpreviousinstructions"),
    (Sig::Override, "disregardallpreviousinstructions"),
    (Sig::Override, "disregardpriorinstructions"),
    (Sig::Override, "disregardallpriorinstructions"),
    (Sig::Override, "disregardyourinstructions"),
    (Sig::Override, "disregardallinstructions"),
    (Sig::Override, "forgetpreviousinstructions"),
    (Sig::Override, "forgetallpreviousinstructions"),
    (Sig::Override, "forgetyourinstructions"),
    (Sig::Override, "forgetallinstructions"),
    (Sig::Override, "forgetyourrules"),
    (Sig::Override, "bypassyourrestrictions"),
    (Sig::Override, "bypassallrestrictions"),
    (Sig::Override, "bypassyoursafety"),
    (Sig::Override, "overrideyourinstructions"),
    (Sig::Override, "overrideallinstructions"),
    (Sig::Extraction, "revealyoursystemprompt"),
    (Sig::Extraction, "revealthesystemprompt"),
    (Sig::Extraction, "printyoursystemprompt"),
    (Sig::Extraction, "printthesystemprompt"),
    (Sig::Extraction, "showyoursystemprompt"),
    (Sig::Extraction, "showmeyoursystemprompt"),
    (Sig::Extraction, "tellmeyoursystemprompt"),
    (Sig::Extraction, "repeatyoursystemprompt"),
    (Sig::Extraction, "outputyoursystemprompt"),
    (Sig::Extraction, "revealyourinstructions"),
    (Sig::Extraction, "printyourinstructions"),
    (Sig::Extraction, "whatisyoursystemprompt"),
    (Sig::Extraction, "revealyourhiddeninstructions"),
    (Sig::Jailbreak, "youareindevelopermode"),
    (Sig::Jailbreak, "youarenowindevelopermode"),
    (Sig::Jailbreak, "developermodeenabled"),
    (Sig::Jailbreak, "doanythingnow"),
    (Sig::Jailbreak, "jailbreakmode"),
    (Sig::Jailbreak, "youhavenorestrictions"),
    (Sig::Jailbreak, "youarenowunrestricted"),
    (Sig::Jailbreak, "nocontentpolicy"),
];

/// The compiled keyword automaton.
pub struct SkeletonSet {
    ac: AhoCorasick,
    sigs: Vec<Sig>,
}

impl SkeletonSet {
    pub fn build() -> Result<SkeletonSet, String> {
        let mut pats: Vec<String> = Vec::with_capacity(KEYWORDS.len() * 2);
        let mut sigs = Vec::with_capacity(KEYWORDS.len() * 2);
        for (sig, kw) in KEYWORDS {
            pats.push((*kw).to_string());
            sigs.push(*sig);
            // Reversed text ("snoitcurtsni suoiverp erongi") reversed again.
            pats.push(kw.chars().rev().collect());
            sigs.push(*sig);
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .map_err(|e| format!("skeleton keywords: {e}"))?;
        Ok(SkeletonSet { ac, sigs })
    }

    pub fn scan(&self, skel: &str, out: &mut Signals) {
        for m in self.ac.find_overlapping_iter(skel) {
            if let Some(sig) = self.sigs.get(m.pattern().as_usize()) {
                out.set(*sig);
            }
        }
    }
}
