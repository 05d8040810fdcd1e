//! Look-alike characters folded to the ASCII letter they imitate.
//!
//! Only characters NFKC leaves alone are listed (full-width and mathematical
//! alphanumerics are already folded by NFKC). Cyrillic and Greek letters are
//! folded only inside words that also hold Latin letters, or in mostly-Latin
//! text, so Russian and Greek prose keeps its own spelling for its own rules.

/// The ASCII letter a Cyrillic/Greek/IPA look-alike imitates (input lowercased).
pub fn script_lookalike(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic
        'а' => 'a',
        'в' => 'b',
        'е' | 'ё' | 'є' => 'e',
        'к' => 'k',
        'м' => 'm',
        'н' => 'h',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'т' => 't',
        'у' => 'y',
        'х' => 'x',
        'ѕ' => 's',
        'і' | 'ї' => 'i',
        'ј' => 'j',
        'һ' => 'h',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ӏ' => 'l',
        'ь' => 'b',
        'п' => 'n',
        'г' => 'r',
        // Greek
        'α' => 'a',
        'β' => 'b',
        'γ' => 'y',
        'ε' => 'e',
        'η' => 'n',
        'ι' => 'i',
        'κ' => 'k',
        'ν' => 'v',
        'ο' => 'o',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'χ' => 'x',
        'ω' => 'w',
        'μ' => 'u',
        'ς' => 'c',
        // Armenian
        'ո' => 'n',
        'ս' => 'u',
        'օ' => 'o',
        _ => return None,
    })
}

/// Look-alikes that are never ordinary letters of a living script's words:
/// folded everywhere.
pub fn always_fold(c: char) -> Option<&'static str> {
    Some(match c {
        'ı' => "i",
        'ȷ' => "j",
        'ɑ' | 'ɐ' => "a",
        'ɡ' | 'ɢ' => "g",
        'ɪ' => "i",
        'ʀ' => "r",
        'ʏ' => "y",
        'ɴ' => "n",
        'ʟ' => "l",
        'ʜ' => "h",
        'ᴀ' => "a",
        'ʙ' => "b",
        'ᴄ' => "c",
        'ᴅ' => "d",
        'ᴇ' => "e",
        'ꜰ' => "f",
        'ᴊ' => "j",
        'ᴋ' => "k",
        'ᴍ' => "m",
        'ᴏ' => "o",
        'ᴘ' => "p",
        'ꜱ' => "s",
        'ᴛ' => "t",
        'ᴜ' => "u",
        'ᴠ' => "v",
        'ᴡ' => "w",
        'ᴢ' => "z",
        'ɱ' => "m",
        'ƀ' | 'ɓ' => "b",
        'ƈ' => "c",
        'ɗ' | 'ɖ' => "d",
        'ƒ' => "f",
        'ɠ' => "g",
        'ɦ' | 'ħ' => "h",
        'ɨ' => "i",
        'ƙ' => "k",
        'ƚ' | 'ɫ' => "l",
        'ɲ' | 'ŋ' => "n",
        'ƥ' => "p",
        'ʠ' => "q",
        'ɽ' | 'ɍ' => "r",
        'ʂ' => "s",
        'ƭ' | 'ŧ' => "t",
        'ʉ' => "u",
        'ʋ' => "v",
        'ƴ' | 'ɏ' => "y",
        'ʐ' | 'ȥ' | 'ƶ' => "z",
        'ɇ' => "e",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ŀ' => "l",
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => "-",
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => "'",
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => "\"",
        '…' => "...",
        _ => return None,
    })
}

/// Regional indicator symbols (🇦..🇿) spell letters.
pub fn regional_indicator(c: char) -> Option<char> {
    let u = c as u32;
    if (0x1F1E6..=0x1F1FF).contains(&u) {
        char::from_u32(u - 0x1F1E6 + u32::from(b'a'))
    } else {
        None
    }
}

/// Latin letters with diacritics fold to their base letter ("ïgnörë" -> "ignore").
pub fn strip_latin_accent(c: char) -> char {
    let u = c as u32;
    if !((0xC0..=0x24F).contains(&u) || (0x1E00..=0x1EFF).contains(&u)) {
        return c;
    }
    let mut first = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if first.is_none() {
            first = Some(d);
        }
    });
    match first {
        Some(d) if d.is_ascii() => d,
        _ => c,
    }
}
