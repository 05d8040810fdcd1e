//! Harm scorer: a linear model that answers "is this a request to cause
//! harm?" from the words themselves, as a second kind of evidence next to the
//! phrase automata (which only know the constructions someone wrote down).
//!
//! # Model
//!
//! * **Input**: the plain token view of the structural text (homoglyphs,
//!   zero-width characters, case and full-width forms already undone) and,
//!   for leetspeak ("p0is0n") or s p a c e d letters, the folded view too;
//!   the higher score counts. Prompts over `MAX_TOKENS` tokens are not
//!   scored (the gap is short plain requests; long texts stay with the
//!   automata, and the weights are calibrated on short rows).
//! * **Features** (binary, each counted once per prompt), over a crude stem of
//!   each token (`-ing`, `-ed`, `-s` dropped): `u <stem>` unigrams;
//!   `b <stem> <stem>` bigrams with `^` marking a sentence start ("^ how",
//!   "how to" carry the request framing); `k <stem> <stem>` skip-bigrams
//!   (one token between, same sentence); `c <CLASS>` for a word of a small
//!   hand-written class (harm actions, human targets, animals, weapons and
//!   drugs, private data, social groups, fiction, history, prevention,
//!   definition, request framings such as "how", "best", "step");
//!   `q <stem> <CLASS>` and `r <CLASS> <stem>` for a word and a class word up
//!   to three tokens apart in one sentence ("kill ... PERSON" against
//!   "HARM ... process"), so a verb learns its victims and an object its
//!   verbs; `l long` (over 32 tokens) and `l multiline`. The class lexicons
//!   are English only; other languages score near 0 (no intercept).
//! * **Training**: `cargo run -p channel-fsm --example train_harm_model`:
//!   logistic regression by SGD over the in-repo rows of the files listed in
//!   the trainer (`corpus/ingress.sample.jsonl`, `corpus/thirdparty/*`, the
//!   committed `corpus/heldout/*` rounds except `a-s5r4` and `a-s5r5`, kept
//!   unseen, and rounds added after this model), both
//!   `expect` values, English rows of at most `MAX_TOKENS` tokens (2464 rows:
//!   1013 block, 1451 pass), duplicates dropped; class-balanced, no
//!   intercept, L2 0.01, 12 epochs in a fixed hash order; features seen in
//!   fewer than 2 rows or with |weight| < 0.05 dropped (9819 kept). Weights
//!   in thousandths in the generated `harm_model.rs`. `tests/harm_model.rs`
//!   retrains and fails if the committed table differs (no hand edits).
//! * **Threshold**: the trainer's 5-fold cross-validation by file (a file's
//!   fold is a hash of its name, so a whole round is held out at once) picks
//!   the lowest out-of-fold score at which 99.0% of benign rows pass:
//!   2.529 logits. Out of fold at that point: attacks 503/1013 (49.7%),
//!   benign 1437/1451 (99.0%) — the scorer alone, on rows the rule tables
//!   were tuned on, twin-heavy benign sets included.
//! * **Unseen data** (never trained on, channel A with and without the
//!   scorer): public dev AdvBench 161 -> 181/265 attacks, HarmBench
//!   57 -> 69/106, JBB 13 -> 14/39 with 0 of 49 JBB benign scored; the
//!   scorer's own benign cost on dev is 1/366 Alpaca and 2/126 XSTest safe;
//!   round a-s5r2 (written before it joined training) 15 -> 21/38.
//! * **Cost**: one FNV pass per token, a lexicon probe behind a 512-byte
//!   presence filter, three to five table probes behind a 16 KiB presence
//!   filter; no allocation per prompt. About 11k instructions on the
//!   200-byte bench prompt (callgrind, `examples/harm_cost.rs`), paid for in
//!   part by cheaper equivalent paths elsewhere in A (encoded-run pre-check,
//!   role-label byte scan, leetspeak check): the whole evaluation went from
//!   133.1k to 139.6k instructions. The table is 128 KiB plus 16 KiB of
//!   filter. `examples/harm_probe.rs` prints a prompt's score, its verdict
//!   and the features that made it.
//!
//! A score at or above the threshold blocks with `HarmfulRequest:Scored`,
//! after every forbidden-construction check (it never excuses their hits).

use super::harm_model::{BIAS, THRESHOLD, WEIGHTS};
use super::tokens::{Tokens, CJK, HYPHEN, LINE_START, SENT_START};

/// Word classes (bit positions); names appear in the model table.
const CLASSES: [&str; 11] = [
    "HARM", "PERSON", "ANIMAL", "WEAPON", "PRIVATE", "GROUP", "FICTION", "HISTORY", "PREVENT",
    "DEFINE", "REQUEST",
];

/// Prompts with more tokens are not scored: the gap this closes is short,
/// plain requests, and the trained weights are calibrated on short rows (a
/// long text sums many small weights). Long texts stay with the automata.
pub const MAX_TOKENS: usize = 80;

const fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// The key of a feature of `kind` over one or two parts (hashes of the part
/// strings; `b == 0` for one part): two multiplies, order-sensitive (the
/// rotation), high bits well mixed for the table index. Never 0 (0 marks an
/// empty slot).
#[inline]
fn key(kind: u8, a: u64, b: u64) -> u64 {
    let x = (a ^ u64::from(kind)).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ b.rotate_left(29);
    x.wrapping_mul(0xbf58_476d_1ce4_e5b9).max(1)
}

/// A table index from a key: the high bits (multiplicative hashing).
#[inline]
fn index(k: u64, bits: u32) -> usize {
    // Tables have at least 64 slots, so the shift is at most 58.
    (k >> (64 - bits.clamp(6, 63))) as usize
}

/// Drops one common inflection so "killing", "killed", "kills" share a stem.
#[cfg(test)]
fn stem(w: &str) -> &str {
    w.get(..stem_len(w.as_bytes())).unwrap_or(w)
}

/// The stem's length in bytes. The suffixes are ASCII, so the cut is always
/// on a character boundary.
#[inline]
fn stem_len(b: &[u8]) -> usize {
    let n = b.len();
    if n >= 6 && b.ends_with(b"ing") {
        n - 3
    } else if n >= 5 && b.ends_with(b"ed") {
        n - 2
    } else if n >= 4 && b.ends_with(b"s") && !b.ends_with(b"ss") {
        n - 1
    } else {
        n
    }
}

/// The class lexicons (English; matched on the raw token and on its stem).
const CLASS_WORDS: [&[&str]; 11] = [
    // HARM
    &[
        "kill",
        "murder",
        "assassinate",
        "poison",
        "stab",
        "stabb",
        "shoot",
        "shot",
        "strangle",
        "choke",
        "suffocate",
        "smother",
        "drown",
        "behead",
        "decapitate",
        "torture",
        "maim",
        "injure",
        "hurt",
        "harm",
        "beat",
        "assault",
        "attack",
        "kidnap",
        "abduct",
        "rape",
        "molest",
        "groom",
        "traffic",
        "enslave",
        "smuggle",
        "rob",
        "robb",
        "steal",
        "stole",
        "stolen",
        "shoplift",
        "burgle",
        "burglarize",
        "loot",
        "mug",
        "hack",
        "phish",
        "scam",
        "defraud",
        "swindle",
        "extort",
        "blackmail",
        "bribe",
        "launder",
        "counterfeit",
        "forge",
        "embezzle",
        "evade",
        "stalk",
        "harass",
        "bully",
        "dox",
        "doxx",
        "threaten",
        "intimidate",
        "spy",
        "spike",
        "sedate",
        "overdose",
        "bomb",
        "detonate",
        "explode",
        "arson",
        "torch",
        "vandalize",
        "vandalise",
        "sabotage",
        "terrorize",
        "terrorise",
        "massacre",
        "slaughter",
        "eliminate",
        "impersonate",
        "catfish",
        "radicalize",
        "radicalise",
        "exterminate",
        "lynch",
        "hang",
        "electrocute",
        "starve",
        "neglect",
        "abuse",
        "exploit",
        "manipulate",
        "gaslight",
        "cheat",
        "bypass",
        "disable",
        "break",
        "destroy",
        "wreck",
        "crash",
        "ambush",
        "snatch",
        "pickpocket",
        "hijack",
        "carjack",
        "sneak",
        "smash",
    ],
    // PERSON
    &[
        "someone",
        "somebody",
        "person",
        "people",
        "human",
        "man",
        "woman",
        "men",
        "women",
        "girl",
        "boy",
        "child",
        "children",
        "kid",
        "baby",
        "teen",
        "teenager",
        "wife",
        "husband",
        "spouse",
        "partner",
        "girlfriend",
        "boyfriend",
        "ex",
        "boss",
        "coworker",
        "colleague",
        "neighbour",
        "neighbor",
        "roommate",
        "classmate",
        "teacher",
        "student",
        "friend",
        "sister",
        "brother",
        "mother",
        "father",
        "mom",
        "mum",
        "dad",
        "parent",
        "grandma",
        "grandmother",
        "grandpa",
        "grandfather",
        "family",
        "relative",
        "cousin",
        "uncle",
        "aunt",
        "stranger",
        "victim",
        "witness",
        "enemy",
        "rival",
        "him",
        "her",
        "them",
        "president",
        "politician",
        "senator",
        "judge",
        "officer",
        "cop",
        "police",
        "celebrity",
        "employee",
        "customer",
        "patient",
        "minor",
        "toddler",
        "landlord",
        "tenant",
        "nanny",
        "mp",
        "ceo",
        "journalist",
        "pedestrian",
        "passenger",
        "hostage",
    ],
    // ANIMAL
    &[
        "dog", "cat", "puppy", "kitten", "pet", "animal", "horse", "cow", "bird", "rabbit",
        "hamster", "squirrel", "elephant", "rhino", "tiger", "lion", "wildlife", "pig", "sheep",
        "goat", "deer", "bear", "wolf", "shark",
    ],
    // WEAPON
    &[
        "explosive",
        "grenade",
        "gun",
        "firearm",
        "rifle",
        "pistol",
        "ammunition",
        "ammo",
        "weapon",
        "knife",
        "meth",
        "methamphetamine",
        "cocaine",
        "heroin",
        "fentanyl",
        "lsd",
        "mdma",
        "narcotic",
        "malware",
        "ransomware",
        "virus",
        "keylogger",
        "botnet",
        "napalm",
        "anthrax",
        "ricin",
        "sarin",
        "toxin",
        "thermite",
        "cyanide",
        "arsenic",
        "bullet",
        "silencer",
        "bioweapon",
        "nuke",
        "crack",
        "opium",
        "ketamine",
        "rohypnol",
        "ghb",
        "chloroform",
        "trojan",
    ],
    // PRIVATE
    &[
        "address",
        "phone",
        "ssn",
        "password",
        "passport",
        "licence",
        "license",
        "medical",
        "record",
        "bank",
        "account",
        "email",
        "location",
        "whereabout",
        "salary",
        "credit",
        "diagnosis",
        "pin",
        "login",
        "birth",
        "insurance",
        "browsing",
        "dm",
        "ip",
        "home",
        "whereabouts",
    ],
    // GROUP
    &[
        "jew",
        "jewish",
        "muslim",
        "christian",
        "immigrant",
        "refugee",
        "gay",
        "lesbian",
        "trans",
        "transgender",
        "asian",
        "hispanic",
        "latino",
        "mexican",
        "african",
        "arab",
        "disabled",
        "homeless",
        "indian",
        "chinese",
        "catholic",
        "hindu",
        "atheist",
        "black",
        "white",
        "race",
        "religion",
        "ethnic",
        "minority",
        "foreigner",
        "female",
        "male",
        "elderly",
        "old",
        "poor",
    ],
    // FICTION
    &[
        "game",
        "video",
        "novel",
        "story",
        "fiction",
        "fictional",
        "character",
        "movie",
        "film",
        "book",
        "episode",
        "scene",
        "series",
        "cartoon",
        "anime",
        "minecraft",
        "gta",
        "fortnite",
        "pokemon",
        "chess",
        "poem",
        "song",
        "lyric",
        "play",
        "tv",
        "show",
        "comic",
        "fantasy",
        "novelist",
        "screenplay",
        "plot",
        "villain",
        "sim",
        "simulator",
        "zelda",
        "mario",
    ],
    // HISTORY
    &[
        "history",
        "historical",
        "historically",
        "happen",
        "happened",
        "century",
        "war",
        "ww2",
        "wwii",
        "ancient",
        "medieval",
        "era",
        "empire",
        "genocide",
        "holocaust",
        "regime",
        "revolution",
    ],
    // PREVENT
    &[
        "prevent",
        "protect",
        "avoid",
        "recognize",
        "recognise",
        "detect",
        "spot",
        "defend",
        "stop",
        "report",
        "safe",
        "safety",
        "secure",
        "warning",
        "sign",
        "awareness",
        "cope",
        "survive",
        "escape",
        "prevention",
        "legal",
        "legally",
        "law",
        "illegal",
        "penalty",
        "punishment",
        "consequence",
    ],
    // DEFINE
    &[
        "mean",
        "meaning",
        "definition",
        "define",
        "term",
        "word",
        "etymology",
    ],
    // REQUEST: asking for a method ("how", "best way", "step by step").
    &[
        "how",
        "way",
        "ways",
        "step",
        "steps",
        "guide",
        "tip",
        "tips",
        "method",
        "methods",
        "easiest",
        "best",
        "quickest",
        "fastest",
        "teach",
        "instruction",
        "instructions",
        "tutorial",
        "help",
        "plan",
        "trick",
        "tricks",
        "technique",
        "techniques",
        "manual",
        "recipe",
    ],
];

/// Receives features as the walk finds them: the kind byte, the parts as
/// strings (for the trainer) and as hashes (for the runtime).
pub trait Sink {
    fn feature(&mut self, kind: u8, a: (&str, u64), b: Option<(&str, u64)>);
}

const START: &str = "^";
const START_HASH: u64 = fnv(START.as_bytes());
const CLASS_HASH: [u64; 11] = {
    let mut out = [0u64; 11];
    let mut i = 0;
    while i < CLASSES.len() {
        out[i] = fnv(CLASSES[i].as_bytes());
        i += 1;
    }
    out
};

/// Class bits by word hash: one probe per token instead of string compares.
pub struct Lexicon {
    /// 4096 presence bits (low bits of the hash): most tokens are no class
    /// word and stop here.
    filter: [u64; 64],
    keys: Vec<u64>,
    bits: Vec<u16>,
    mask: usize,
    shift: u32,
}

impl Lexicon {
    pub fn new() -> Lexicon {
        let n: usize = CLASS_WORDS.iter().map(|w| w.len()).sum();
        let size = (n * 2).next_power_of_two();
        let mut lex = Lexicon {
            filter: [0; 64],
            keys: vec![0; size],
            bits: vec![0; size],
            mask: size - 1,
            shift: size.trailing_zeros(),
        };
        for (c, words) in CLASS_WORDS.iter().enumerate() {
            for w in words.iter() {
                let k = fnv(w.as_bytes()).max(1);
                let mut i = index(k.wrapping_mul(0x9e37_79b9_7f4a_7c15), lex.shift);
                while lex.keys[i] != 0 && lex.keys[i] != k {
                    i = (i + 1) & lex.mask;
                }
                lex.keys[i] = k;
                lex.bits[i] |= 1 << c;
                lex.filter[(k as usize >> 6) & 63] |= 1 << (k & 63);
            }
        }
        lex
    }

    #[inline]
    fn get(&self, h: u64) -> u16 {
        let k = h.max(1);
        if (self.filter[(k as usize >> 6) & 63] >> (k & 63)) & 1 == 0 {
            return 0;
        }
        let mut i = index(k.wrapping_mul(0x9e37_79b9_7f4a_7c15), self.shift);
        loop {
            match self.keys.get(i) {
                Some(&x) if x == k => return self.bits.get(i).copied().unwrap_or(0),
                Some(&0) | None => return 0,
                _ => i = (i + 1) & self.mask,
            }
        }
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

/// One pass over a token's bytes: FNV of the stem and of the whole word
/// (the stem is a prefix), and the shapes the fold decision needs.
/// A digit with ASCII letters on both sides ("p0is0n"; not "10am", "mp3").
fn leet(b: &[u8]) -> bool {
    b.windows(3)
        .any(|w| w[0].is_ascii_alphabetic() && w[1].is_ascii_digit() && w[2].is_ascii_alphabetic())
}

struct WordScan {
    stem_hash: u64,
    word_hash: u64,
    /// Whether the word has an ASCII digit (then `leet` looks closer).
    digit: bool,
}

#[inline]
fn scan_word(b: &[u8], stem_len: usize) -> WordScan {
    let (stem, rest) = b.split_at(stem_len.min(b.len()));
    let mut digit = false;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in stem {
        h = (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
        digit |= c.is_ascii_digit();
    }
    let at_stem = h;
    for &c in rest {
        h = (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
        digit |= c.is_ascii_digit();
    }
    WordScan {
        stem_hash: at_stem,
        word_hash: h,
        digit,
    }
}

/// The classes whose bits are set, lowest first, as feature parts.
fn class_parts(mut bits: u16) -> impl Iterator<Item = (&'static str, u64)> {
    std::iter::from_fn(move || {
        while bits != 0 {
            let c = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            if let (Some(n), Some(h)) = (CLASSES.get(c), CLASS_HASH.get(c)) {
                return Some((*n, *h));
            }
        }
        None
    })
}

/// Walks a token view once and reports every feature (duplicates included).
/// Returns whether the folded view is worth scoring too: leetspeak, or three
/// single letters in a row ("p o i s o n").
pub fn features(toks: &Tokens, lex: &Lexicon, sink: &mut impl Sink) -> bool {
    let mut fold = false;
    let mut singles = 0;
    let mut lines = 0;
    let mut prev: Option<(&str, u64)> = None;
    let mut prev2: Option<(&str, u64)> = None;
    // The last three tokens of the sentence (a ring, `held` of them valid)
    // and their class bits (`rbits`, 16 bits each), for the word-class
    // pairs ("kill ... PERSON", "HARM ... process").
    let mut recent: [(&str, u64); 3] = [("", 0); 3];
    let mut held = 0usize;
    let mut rbits = 0u64;
    for i in 0..toks.len() {
        let raw = toks.text(i);
        let flags = toks.flags(i);
        let b = raw.as_bytes();
        let cut = if flags & CJK != 0 {
            b.len()
        } else {
            stem_len(b)
        };
        let st = raw.get(..cut).unwrap_or(raw);
        let w = scan_word(b, cut);
        let (h, h_raw) = (w.stem_hash, w.word_hash);
        if !fold {
            let single = match b.len() {
                1 => b[0].is_ascii_alphabetic(),
                2..=4 if b[0] >= 0x80 => {
                    raw.chars().count() == 1 && raw.chars().all(char::is_alphabetic)
                }
                _ => false,
            };
            singles = if single { singles + 1 } else { 0 };
            fold = singles >= 3 || (w.digit && leet(b));
        }
        let cur = (st, h);
        sink.feature(b'u', cur, None);
        if flags & SENT_START != 0 {
            sink.feature(b'b', (START, START_HASH), Some(cur));
        } else if let Some(p) = prev {
            sink.feature(b'b', p, Some(cur));
            if let Some(p2) = prev2 {
                sink.feature(b'k', p2, Some(cur));
            }
        }
        prev2 = if flags & SENT_START != 0 { None } else { prev };
        prev = Some(cur);
        // The tail of a hyphenated compound is not its class ("Spider-Man",
        // "Pac-Man"); the head keeps it ("mother-in-law").
        let bits = if flags & HYPHEN != 0 {
            0
        } else if h == h_raw {
            lex.get(h)
        } else {
            lex.get(h) | lex.get(h_raw)
        };
        for ch in class_parts(bits) {
            sink.feature(b'c', ch, None);
        }
        if flags & SENT_START != 0 {
            held = 0;
            rbits = 0;
        }
        if (bits as u64 | rbits) != 0 {
            for k in 0..held.min(3) {
                // Ring slot of the token k+1 places back.
                let at = (i + 3 - 1 - k) % 3;
                let e = recent[at];
                let eb = (rbits >> (16 * k)) as u16;
                for c in class_parts(bits) {
                    sink.feature(b'q', e, Some(c));
                }
                for c in class_parts(eb) {
                    sink.feature(b'r', c, Some(cur));
                }
            }
        }
        recent[i % 3] = cur;
        held += 1;
        rbits = (rbits << 16 | u64::from(bits)) & 0xffff_ffff_ffff;
        if flags & LINE_START != 0 && i > 0 {
            lines += 1;
        }
    }
    // Shape: a long prompt, and one that spans lines (a task with pasted
    // input reads differently from a one-line question). Short prompts get
    // no shape feature: "short" learnt only that greetings are benign.
    if toks.len() > 32 {
        sink.feature(b'l', (LONG, LONG_HASH), None);
    }
    if lines > 0 {
        sink.feature(b'l', (MULTILINE, MULTILINE_HASH), None);
    }
    fold
}

const LONG: &str = "long";
const LONG_HASH: u64 = fnv(LONG.as_bytes());
const MULTILINE: &str = "multiline";
const MULTILINE_HASH: u64 = fnv(MULTILINE.as_bytes());

/// A feature's name in the model table: kind, then its parts, space-separated.
pub fn name(kind: u8, a: &str, b: Option<&str>) -> String {
    match b {
        Some(b) => format!("{} {a} {b}", kind as char),
        None => format!("{} {a}", kind as char),
    }
}

/// The compiled model: an open-addressing table of feature keys.
pub struct HarmModel {
    /// One bit per hashed key (2^17 bits, 16 KiB): most probes are misses
    /// and this answers them from L1 without touching the 128 KiB key table.
    filter: Vec<u64>,
    /// Open addressing, one word per slot: the key's high 48 bits above the
    /// weight (i16, thousandths); 0 = empty. One cache line per probe.
    entries: Vec<u64>,
    mask: usize,
    shift: u32,
    lexicon: Lexicon,
}

/// Scratch for one scoring pass: which table slots already counted.
#[derive(Default)]
pub struct HarmScratch {
    seen: Vec<u64>,
}

struct Scorer<'a> {
    model: &'a HarmModel,
    seen: &'a mut [u64],
    sum: i32,
}

impl Sink for Scorer<'_> {
    #[inline]
    fn feature(&mut self, kind: u8, a: (&str, u64), b: Option<(&str, u64)>) {
        let k = key(kind, a.1, b.map_or(0, |b| b.1));
        if let Some((slot, w)) = self.model.lookup(k) {
            let (word, bit) = (slot / 64, 1u64 << (slot % 64));
            if let Some(s) = self.seen.get_mut(word) {
                if *s & bit == 0 {
                    *s |= bit;
                    self.sum = self.sum.saturating_add(w);
                }
            }
        }
    }
}

impl HarmModel {
    /// Builds the table from the generated weights. An unparsable name is a
    /// build error (the channel then fails closed).
    pub fn new() -> Result<HarmModel, String> {
        // Load factor at most 2/3: short probe runs, a table that stays small.
        let size = (WEIGHTS.len() * 3 / 2).next_power_of_two().max(64);
        let mut entries = vec![0u64; size];
        let mask = size - 1;
        let shift = size.trailing_zeros();
        let mut filter = vec![0u64; FILTER_BITS / 64];
        for (n, w) in WEIGHTS {
            let k = parse_key(n).ok_or_else(|| format!("harm model: bad feature {n:?}"))?;
            let w = i16::try_from(*w).map_err(|_| format!("harm model: weight of {n:?}"))?;
            let fp = fingerprint(k);
            let mut i = index(k, shift);
            loop {
                match entries.get(i) {
                    Some(0) => break,
                    Some(&e) if e >> 16 == fp => {
                        return Err(format!("harm model: duplicate feature {n:?}"))
                    }
                    Some(_) => i = (i + 1) & mask,
                    None => return Err("harm model: table".into()),
                }
            }
            if let Some(e) = entries.get_mut(i) {
                *e = fp << 16 | u64::from(w as u16);
            }
            let f = filter_bit(k);
            if let Some(x) = filter.get_mut(f / 64) {
                *x |= 1 << (f % 64);
            }
        }
        Ok(HarmModel {
            filter,
            entries,
            mask,
            shift,
            lexicon: Lexicon::new(),
        })
    }

    /// The walk over the same lexicon the scorer uses (for the trainer).
    pub fn features(&self, toks: &Tokens, sink: &mut impl Sink) {
        features(toks, &self.lexicon, sink);
    }

    /// The slot and weight of a key, `None` when the model lacks it.
    #[inline]
    fn lookup(&self, k: u64) -> Option<(usize, i32)> {
        let f = filter_bit(k);
        let word = self.filter.get(f >> 6).copied().unwrap_or(0);
        if (word >> (f & 63)) & 1 == 0 {
            return None;
        }
        let fp = fingerprint(k);
        let mut i = index(k, self.shift);
        loop {
            match self.entries.get(i) {
                Some(&e) if e >> 16 == fp => return Some((i, i32::from(e as u16 as i16))),
                Some(&0) | None => return None,
                _ => i = (i + 1) & self.mask,
            }
        }
    }

    /// The score of one token view, in thousandths of a logit, and whether
    /// the folded view is worth scoring too.
    pub fn score(&self, toks: &Tokens, scratch: &mut HarmScratch) -> (i32, bool) {
        let words = self.entries.len().div_ceil(64);
        scratch.seen.clear();
        scratch.seen.resize(words, 0);
        let mut s = Scorer {
            model: self,
            seen: &mut scratch.seen,
            sum: BIAS,
        };
        let fold = features(toks, &self.lexicon, &mut s);
        (s.sum, fold)
    }

    /// Whether a score blocks.
    pub fn blocks(score: i32) -> bool {
        score >= THRESHOLD
    }
}

const FILTER_BITS: usize = 1 << 17;

/// The part of a key a slot stores (its high 48 bits; never 0).
#[inline]
fn fingerprint(k: u64) -> u64 {
    (k >> 16).max(1)
}

/// The filter's bit for a key: low bits (the table index uses the high ones).
#[inline]
fn filter_bit(k: u64) -> usize {
    (k as usize) & (FILTER_BITS - 1)
}

fn parse_key(name: &str) -> Option<u64> {
    let mut parts = name.split(' ');
    let kind = parts.next()?.bytes().next()?;
    let a = fnv(parts.next()?.as_bytes());
    let b = parts.next().map_or(0, |b| fnv(b.as_bytes()));
    if parts.next().is_some() {
        return None;
    }
    Some(key(kind, a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_share_inflections() {
        assert_eq!(stem("killing"), "kill");
        assert_eq!(stem("killed"), "kill");
        assert_eq!(stem("kills"), "kill");
        assert_eq!(stem("glass"), "glass");
        assert_eq!(stem("как"), "как");
    }

    #[test]
    fn names_and_runtime_keys_agree() {
        // The table is keyed by names; the walk by hashes of the same parts.
        let k = parse_key("b how to");
        assert_eq!(k, Some(key(b'b', fnv(b"how"), fnv(b"to"))));
        assert_eq!(parse_key("c HARM"), Some(key(b'c', CLASS_HASH[0], 0)));
        assert_eq!(parse_key("u a b c"), None);
    }

    #[test]
    fn model_builds() {
        assert!(HarmModel::new().is_ok());
    }
}
