//! Prints channel A's harm score for each argument (or stdin line) and the
//! model features that contributed, largest first: the audit view of one
//! decision. `cargo run -p channel-fsm --example harm_probe -- "text"`

use std::collections::BTreeMap;
use std::io::BufRead;

use channel_fsm::ChannelA;

fn main() {
    let mut ch = ChannelA::new();
    let weights: BTreeMap<&str, i32> = ChannelA::harm_weights().iter().copied().collect();
    let mut lines: Vec<String> = std::env::args().skip(1).collect();
    if lines.is_empty() {
        lines = std::io::stdin()
            .lock()
            .lines()
            .map_while(Result::ok)
            .collect();
    }
    for line in lines {
        let score = ch.harm_score(&line);
        let mut hits: Vec<(i32, String)> = ch
            .harm_features(&line)
            .into_iter()
            .filter_map(|f| weights.get(f.as_str()).map(|&w| (w, f)))
            .collect();
        hits.sort_by_key(|(w, f)| (-w.abs(), f.clone()));
        hits.dedup();
        let verdict = ch.judge(&line);
        println!("{score:?} {verdict:?} {line}");
        for (w, f) in hits.iter().take(12) {
            println!("    {w:>6} {f}");
        }
    }
}
