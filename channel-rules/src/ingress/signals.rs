//! Signals: what one pattern says about a prompt, and the ordered block rules
//! that combine them into a verdict.
//!
//! Strong signals block on their own; weak signals (a persona request, a harmful
//! noun, an address to "the AI") block only in combinations, which keeps single
//! trigger words ("kill", "ignore", "system prompt") from over-blocking.

/// One fact a pattern established. At most 64 (one bit each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Sig {
    /// A search could not be completed: block rather than guess.
    EngineFault,
    // Strong: block on their own.
    Override,
    Jailbreak,
    Extraction,
    RoleHeader,
    Indirect,
    ToolAbuse,
    Malware,
    Weapons,
    Drugs,
    Fraud,
    SelfHarm,
    Hacking,
    Stalking,
    Violence,
    Hate,
    Crime,
    Sexual,
    Misinfo,
    /// Threats, intimidation, humiliation or exposure aimed at a person.
    Harassment,
    // Weak: block only in combination.
    NoLimits,
    Persona,
    Persist,
    Fiction,
    HarmTopic,
    Procedure,
    AiAddress,
    Directive,
    Secrecy,
    Destructive,
    ExecContext,
    CoverUp,
    NoCaveats,
    Authority,
    DecodeFollow,
    EncodingWord,
    ExtractWeak,
    SpNoun,
    HiddenText,
    EvadeCapture,
    NotMine,
    LockBypass,
    CredLure,
    Impersonate,
    CrimeVerb,
    Disinfo,
    PipeShell,
    EncodedFollow,
    LetGo,
    /// Asks for the real, exact or working detail (techniques, quantities, code).
    RealDetail,
    /// A named video or tabletop game: violence and theft inside it are play.
    GameContext,
    /// A criminal act named without a victim's property cue (robbing a shop,
    /// shoplifting by behaviour): harmful when asked for as a method.
    CrimeAct,
    // Harmful goals inside a content or tool task ("write a post that encourages
    // cutting", "an app that tracks users without consent"): block unless the
    // same prompt carries a counter frame (debunking, awareness, prevention, help).
    GoalMisinfo,
    GoalHarass,
    GoalSelfHarm,
    GoalFraud,
    GoalMalware,
    GoalCrime,
    GoalPromote,
    /// An illicit act that is harmful only when asked for as a method
    /// ("how to obtain illegal drugs"; "why people use them" passes).
    GoalIllicit,
    /// Debunking, awareness, detection, prevention, support or reporting frame.
    Counter,
}

/// The set of signals raised by one prompt (all views together).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signals(u64);

impl Signals {
    pub fn set(&mut self, s: Sig) {
        self.0 |= 1u64 << (s as u8);
    }
    pub fn has(&self, s: Sig) -> bool {
        self.0 & (1u64 << (s as u8)) != 0
    }
    pub fn any(&self, list: &[Sig]) -> bool {
        list.iter().any(|s| self.has(*s))
    }
}

use Sig::*;

/// Strong harm signals and the topic each one names.
const HARM_TOPICS: &[(Sig, &str)] = &[
    (Malware, "HarmfulRequest:Malware"),
    (Weapons, "HarmfulRequest:Weapons"),
    (Drugs, "HarmfulRequest:Drugs"),
    (Fraud, "HarmfulRequest:Fraud"),
    (SelfHarm, "HarmfulRequest:SelfHarm"),
    (Hacking, "HarmfulRequest:Hacking"),
    (Stalking, "HarmfulRequest:Stalking"),
    (Violence, "HarmfulRequest:Violence"),
    (Hate, "HarmfulRequest:Hate"),
    (Crime, "HarmfulRequest:Crime"),
    (Sexual, "HarmfulRequest:Sexual"),
    (Misinfo, "HarmfulRequest:Disinformation"),
    (Harassment, "HarmfulRequest:Harassment"),
];

/// Harmful goals of task requests (vetoed by a counter frame) and their topics.
const GOAL_TOPICS: &[(Sig, &str)] = &[
    (GoalMalware, "HarmfulRequest:Malware"),
    (GoalFraud, "HarmfulRequest:Fraud"),
    (GoalSelfHarm, "HarmfulRequest:SelfHarm"),
    (GoalHarass, "HarmfulRequest:Harassment"),
    (GoalMisinfo, "HarmfulRequest:Disinformation"),
    (GoalCrime, "HarmfulRequest:Crime"),
    (GoalPromote, "HarmfulRequest:Promotion"),
];

const HARM_STRONG: &[Sig] = &[
    Malware, Weapons, Drugs, Fraud, SelfHarm, Hacking, Stalking, Violence, Hate, Crime, Sexual,
    Misinfo, Harassment,
];

const HARM_ANY: &[Sig] = &[
    Malware, Weapons, Drugs, Fraud, SelfHarm, Hacking, Stalking, Violence, Hate, Crime, Sexual,
    Misinfo, Harassment, HarmTopic, Disinfo,
];

/// The ordered block rules: the first that holds gives the reason.
/// `encoded` says whether the decoder found an encoded segment in the prompt.
pub fn verdict(s: &Signals, encoded: bool) -> Option<&'static str> {
    if s.has(EngineFault) {
        return Some("RuleEngineFault");
    }
    if s.has(Override) || (s.has(LetGo) && s.has(SpNoun)) {
        return Some("InstructionOverride");
    }
    if s.has(RoleHeader) {
        return Some("FakeRoleHeader");
    }
    if s.has(Extraction)
        || (s.has(ExtractWeak) && s.any(&[SpNoun, Authority, Persist, Secrecy, NoLimits]))
    {
        return Some("SystemPromptExtraction");
    }
    if s.has(Jailbreak)
        || (s.has(NoLimits)
            && (s.any(&[Persona, Persist, NoCaveats, Authority, AiAddress])
                || s.any(HARM_STRONG)
                || (s.any(&[HarmTopic, Disinfo]) && s.has(Procedure))))
        || (s.has(Persona) && s.any(HARM_ANY) && s.any(&[NoCaveats, Persist]))
        || (s.has(NoCaveats) && s.has(Persona) && s.has(Persist))
        // A persona wrapped in fiction (a late relative, a story) asked for the steps of a harmful topic.
        || (s.has(Persona) && s.has(Fiction) && s.has(Procedure) && s.any(HARM_ANY))
        // A story or persona used to ask for the real detail of a harmful or criminal act.
        || (s.any(&[Fiction, Persona])
            && s.has(RealDetail)
            && (s.any(HARM_ANY) || s.has(CrimeVerb)))
    {
        return Some("Jailbreak");
    }
    if s.has(Indirect)
        || (s.has(AiAddress) && s.any(&[Directive, Secrecy, CredLure, ExtractWeak]))
        || (s.has(HiddenText) && s.any(&[AiAddress, Directive, Secrecy, ExtractWeak]))
    {
        return Some("IndirectInjection");
    }
    if s.has(EncodedFollow) || (s.has(DecodeFollow) && (encoded || s.has(EncodingWord))) {
        return Some("EncodedPayload");
    }
    if s.has(ToolAbuse)
        || (s.has(ExecContext) && s.any(&[Destructive, CoverUp, PipeShell, CredLure]))
        || (s.has(Destructive) && s.has(CoverUp))
    {
        return Some("ToolAbuse");
    }
    // "Kill someone in Call of Duty": violence, theft or weapons inside a named game
    // are play, unless another kind of harm is present too.
    let in_game = s.has(GameContext)
        && !s.any(&[
            Malware, Drugs, Fraud, SelfHarm, Hacking, Stalking, Hate, Sexual, Misinfo, Harassment,
        ]);
    for (sig, reason) in HARM_TOPICS {
        if in_game && matches!(sig, Violence | Crime | Weapons) {
            continue;
        }
        if s.has(*sig) {
            return Some(reason);
        }
    }
    if !s.has(Counter) {
        // A heist or hacker plot is fiction unless it asks for the real detail; a
        // crime inside a named game is play.
        let plot = s.has(Fiction) && !s.has(RealDetail);
        for (sig, reason) in GOAL_TOPICS {
            let vetoed = match sig {
                GoalCrime => plot || s.has(GameContext),
                GoalMalware => plot,
                _ => false,
            };
            if s.has(*sig) && !vetoed {
                return Some(reason);
            }
        }
        if s.has(GoalIllicit) && s.has(Procedure) && !plot && !s.has(GameContext) {
            return Some("HarmfulRequest:Crime");
        }
    }
    if s.has(LockBypass) && s.has(NotMine) {
        return Some("HarmfulRequest:Hacking");
    }
    if s.has(Impersonate) && s.has(CredLure) {
        return Some("HarmfulRequest:Fraud");
    }
    if s.has(EvadeCapture) && s.any(&[HarmTopic, CrimeVerb, NotMine]) {
        return Some("HarmfulRequest:Crime");
    }
    if s.has(HarmTopic) && s.has(NoCaveats) {
        return Some("HarmfulRequest");
    }
    if s.has(Disinfo) && s.any(&[Persona, NoLimits, Fiction, Procedure]) {
        return Some("HarmfulRequest:Disinformation");
    }
    // "A plan for robbing a petrol station": a criminal act asked for as a method
    // or with a way not to be caught.
    if s.has(CrimeAct) && s.any(&[Procedure, EvadeCapture, RealDetail]) {
        return Some("HarmfulRequest:Crime");
    }
    if s.has(CrimeVerb) && s.has(NotMine) && s.has(Procedure) {
        return Some("HarmfulRequest:Crime");
    }
    None
}
