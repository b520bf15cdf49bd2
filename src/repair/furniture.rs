//! Furniture: lines that belong to the page, not to the report.
//!
//! In: decoded text. Out: edits that blank furniture lines (the newline stays) or
//! cut furniture out of a line, and the [`Furniture`] records (kind, text, line)
//! kept in the output. Detected here:
//!
//! * web chrome of the government sites: whole lines such as `Main content`,
//!   `Licence`, `+Toon begrotingsfasen`, `Base description which applies to whole
//!   site` (also glued together: `LicenceMain content`), skip links (`Direct naar
//!   (in deze pagina): inhoud, zoekveld of menu.`), breadcrumbs (`U bevindt zich
//!   hier: Home › 2023 › …`), the navigation above a breadcrumb, and the site footer
//!   (`Rijksbegroting.nl is een website van het Ministerie van Financiën.` with its
//!   `Over deze site | Contact` links). In cell-per-line exports a skip link,
//!   breadcrumb or footer spans several short lines up to the next blank line;
//! * running footers of parliamentary papers
//!   (`Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165`), and in
//!   paginated text (form feeds) any line at a page's top or bottom that recurs,
//!   numbers aside, on most pages (`running_header` / `running_footer`);
//! * page numbers: `- 12 -`, `Pagina 3 van 10`, a bare number next to a form feed,
//!   and a number left after the last sentence of a paragraph (`verantwoording. 10`);
//! * OCR debris: a line of scattered one- and two-character marks (`NS L o :`) and
//!   a rule-like prefix before a line of text (`=== Ministerie van …`).
//!
//! It never blanks a bare number line away from a form feed: in cell-per-line
//! tables that is a cell.

use super::{Edit, FastMap};
use crate::model::Furniture;
use crate::span::{lines_with_offsets, Span};
use regex::Regex;
use std::sync::LazyLock;

/// Whole-line web chrome of rijksoverheid-style sites, compared case-insensitively after trimming.
const WEB_CHROME: &[&str] = &[
    "main content",
    "licence",
    "license",
    "+toon begrotingsfasen",
    "base description which applies to whole site",
    "skip to main content",
    "naar hoofdinhoud",
    "ga direct naar inhoud",
    "download pdf",
];

/// `Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165` (optionally with the page number).
pub static RUNNING_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:Tweede|Eerste) Kamer,\s+vergaderjaar\s+\d{4}\s*[-–—]\s*\d{4},\s+(?P<paper>\d{2}[\s\u{a0}]?\d{3}(?:[\s\u{a0}]+[A-Z]{1,5})?),\s+nr\.\s*(?P<nr>\d+)(?:\s+(?P<page>\d{1,4}))?\s*$",
    )
    .unwrap()
});

/// Starts of chrome blocks: skip links, breadcrumbs and the site footer sentence.
static BLOCK_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^\s*(?:
            (?:ga\s+)?direct\s+naar\b
          | spring\s+naar\b
          | u\s+(?:bevindt\s+zich\s+hier|bent\s+hier)\s*:
          | \S+(?:\s+\S+){0,3}\s+is\s+een\s+website\s+van\b
        )",
    )
    .unwrap()
});

/// Which kind of chrome block a [`BLOCK_START`] line opens.
static BREADCRUMB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*u\s+(?:bevindt\s+zich\s+hier|bent\s+hier)\s*:").unwrap());
static SITE_FOOTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bis\s+een\s+website\s+van\b").unwrap());

/// A footer link row: `Over deze site | Contact | Toegankelijkheid`.
static LINK_ROW: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[^|]{1,40}(?:\s\|\s[^|]{1,40}){2,}\s*$").unwrap());

/// Page-number lines: `- 12 -`, `— 3 —`, `Pagina 3 van 10`, `Page 4 of 9`, `blz. 7`.
static PAGE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:pagina|page|blz\.?)\s+\d{1,4}(?:\s+(?:van|of|/)\s+\d{1,4})?)\s*$")
        .unwrap()
});

/// A page number after the last sentence of a paragraph: `verantwoording. 10`.
static TRAILING_PAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Ll}{2,}[.!?]([ \t]+\d{1,3})[ \t]*$").unwrap());

/// A rule-like OCR prefix before text: `=== Ministerie van …`.
static RULE_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([=~_]{2,}[ \t]+)\p{L}").unwrap());

/// Exact gates before the per-line regexes: each is a condition every match of its
/// regex meets, so a line failing it cannot match (tests below check them against
/// the regexes). Case-insensitive letters used here (`u`, `w`, `e`, `b`, `p`) have
/// no case-folding partner outside ASCII, unlike `s` (`ſ`) or `k` (Kelvin sign).
///
/// [`BREADCRUMB`] after leading white space (`\s` and `char::is_whitespace` are both
/// Unicode White_Space) starts with `u` and holds a `:`.
fn may_be_breadcrumb(l: &str) -> bool {
    l.trim_start().starts_with(['u', 'U']) && memchr::memchr(b':', l.as_bytes()).is_some()
}

/// [`SITE_FOOTER`] holds `website`, so its `web` in any ASCII case.
fn may_be_site_footer(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'w', b'W', b).any(|i| {
        b.get(i + 1..i + 3)
            .is_some_and(|eb| eb.eq_ignore_ascii_case(b"eb"))
    })
}

/// [`RUNNING_FOOTER`] in a line trimmed of white space (`\s` and
/// `char::is_whitespace` are both Unicode White_Space, so its `^\s*` matches
/// nothing there) starts with `Tweede Kamer,` or `Eerste Kamer,`.
fn may_be_running_footer(t: &str) -> bool {
    t.starts_with("Tweede Kamer,") || t.starts_with("Eerste Kamer,")
}

/// [`BLOCK_START`] holds `naar` (skip links), a `:` (breadcrumbs) or `website`,
/// so `web` (site footers), its letters in any ASCII case.
fn may_open_block(t: &str) -> bool {
    let b = t.as_bytes();
    let has = |word: &[u8]| b.windows(word.len()).any(|w| w.eq_ignore_ascii_case(word));
    memchr::memchr(b':', b).is_some() || has(b"naar") || has(b"web")
}

/// [`LINK_ROW`] holds at least two `|`.
fn may_be_link_row(t: &str) -> bool {
    memchr::memchr_iter(b'|', t.as_bytes()).nth(1).is_some()
}

/// [`PAGE_LINE`] in a trimmed line starts with a dash (`-`, or `–`/`—`, lead byte E2)
/// or with `pagina`/`page`/`blz` in any case.
fn may_be_page_line(t: &str) -> bool {
    matches!(
        t.as_bytes().first(),
        Some(b'-' | 0xE2 | b'p' | b'P' | b'b' | b'B')
    )
}

/// A page number and the running text beside it, two or more spaces apart (`Pagina
/// 47 van 212          Jaarverslag Infrastructuur en Waterstaat 2023`, or the text
/// first): a page's footer.
fn page_line_with_text(t: &str) -> bool {
    // (the page line first opens the line as a page line does; last, it ends in its
    // number: most lines do neither, and are not searched)
    if t.len() > 160 || !(may_be_page_line(t) || t.ends_with(|c: char| c.is_ascii_digit())) {
        return false;
    }
    let Some(p) = t.as_bytes().windows(2).position(|w| w == b"  ") else {
        return false;
    };
    let (a, b) = (t[..p].trim(), t[p..].trim());
    let page = |x: &str| may_be_page_line(x) && PAGE_LINE.is_match(x);
    let texty = |x: &str| {
        x.chars().filter(|c| c.is_alphabetic()).count() >= 4
            && x.split_whitespace().count() <= 12
            && !x.contains("  ")
            && !x.ends_with(['.', ',', ';', ':'])
    };
    (page(a) && texty(b)) || (page(b) && texty(a))
}

/// [`RULE_PREFIX`] starts with `=`, `~` or `_`.
fn may_have_rule_prefix(line: &str) -> bool {
    matches!(line.as_bytes().first(), Some(b'=' | b'~' | b'_'))
}

/// [`TRAILING_PAGE`] ends, before `[ \t]*`, in a `\d` (a decimal digit, which
/// `char::is_numeric` includes).
fn may_have_trailing_page(line: &str) -> bool {
    line.trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_some_and(char::is_numeric)
}

struct Found {
    edits: Vec<Edit>,
    records: Vec<Furniture>,
}

impl Found {
    /// Blanks a line, keeping its form feeds (page breaks stay for later stages).
    /// `line_no` is the 1-based number of the line (in `lines_with_offsets` order:
    /// the numbers of `LineIndex`, which splits lines the same way).
    fn blank(&mut self, line_no: usize, start: usize, line: &str, kind: &str) {
        let lead = line.len() - line.trim_start_matches('\u{c}').len();
        let body = line.trim_matches('\u{c}');
        let span = Span::new(start + lead, start + lead + body.len());
        if !span.is_empty() {
            self.cut(line_no, span, line.trim(), kind);
        }
    }

    fn cut(&mut self, line_no: usize, span: Span, text: &str, kind: &str) {
        self.edits.push(Edit {
            span,
            to: String::new(),
            kind: "furniture",
        });
        self.records.push(Furniture {
            kind: kind.to_string(),
            text: text.to_string(),
            line: line_no,
        });
    }
}

/// The first four bytes of `b` (at least four), ASCII-lower-cased, as a number.
fn head4(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]].map(|c| c.to_ascii_lowercase()))
}

/// [`head4`] of each [`WEB_CHROME`] phrase (each is at least four bytes long).
static CHROME_HEADS: LazyLock<Vec<u32>> =
    LazyLock::new(|| WEB_CHROME.iter().map(|w| head4(w.as_bytes())).collect());

/// The bytes a line [`is_chrome_line`] takes can open with: a marker's (`*`, `-`,
/// space, tab, and E2 and C2, which open `•` and `·`) or a phrase's first byte in
/// either ASCII case.
static CHROME_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let markers = [b'*', b'-', b' ', b'\t', 0xE2, 0xC2];
    let mut i = 0;
    while i < markers.len() {
        t[markers[i] as usize] = true;
        i += 1;
    }
    let mut i = 0;
    while i < WEB_CHROME.len() {
        let c = WEB_CHROME[i].as_bytes()[0];
        t[c.to_ascii_lowercase() as usize] = true;
        t[c.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    t
};

/// `l.trim()`: a line that opens and ends with an ASCII byte that is no white space
/// (most lines) is its own trim, known without decoding either end. (ASCII white
/// space for `char::is_whitespace` is `u8::is_ascii_whitespace` and 0x0B.)
fn trim(l: &str) -> &str {
    let plain = |c: u8| c < 0x80 && !c.is_ascii_whitespace() && c != 0x0b;
    match l.as_bytes() {
        [f, .., e] if plain(*f) && plain(*e) => l,
        [f] if plain(*f) => l,
        _ => l.trim(),
    }
}

/// True for a line made only of known chrome phrases, possibly glued (`LicenceMain content`).
fn is_chrome_line(t: &str) -> bool {
    // converters print a list marker before menu items: `* Download PDF` (lynx),
    // `• Download PDF` (w3m), `-   Download PDF` (pandoc)
    // (most lines are out at their first byte: it is no marker's, so it opens the
    // rest below, and no phrase starts with it, ASCII-lower-cased; `•` and `·`
    // start with E2 and C2)
    if !t
        .as_bytes()
        .first()
        .is_some_and(|&b| CHROME_FIRST[b as usize])
    {
        return false;
    }
    let mut rest = t.trim_start_matches(['*', '•', '-', '·', ' ', '\t']);
    // a phrase must open the rest: compare the first four bytes, ASCII-lower-cased,
    // with those of each phrase (all are longer; `eq_ignore_ascii_case` below
    // compares ASCII-lower-cased bytes too), so most lines are out at once
    if !rest
        .as_bytes()
        .get(..4)
        .is_some_and(|b| CHROME_HEADS.contains(&head4(b)))
    {
        return false;
    }
    let mut steps = 0;
    while !rest.is_empty() && steps < 8 {
        steps += 1;
        let Some(w) = WEB_CHROME.iter().find(|w| {
            rest.len() >= w.len()
                && rest.is_char_boundary(w.len())
                && rest[..w.len()].eq_ignore_ascii_case(w)
        }) else {
            return false;
        };
        rest = rest[w.len()..].trim_start();
    }
    // at least one phrase: a line of markers alone (a table's dashed rule
    // `------ ------`, a `* * *` break) is no chrome
    steps > 0 && rest.is_empty()
}

/// Scattered OCR marks: three or more tokens, none longer than two characters, no digit,
/// at least one a lone letter or mark (`NS L o :`).
fn is_debris(t: &str) -> bool {
    // three ASCII bytes, none white space, open a token of at least three
    // characters (white space outside ASCII starts with a byte of 0x80 or more):
    // the loop below would return false on it at once
    if t.as_bytes().get(..3).is_some_and(|b| {
        b.iter()
            .all(|&c| c < 0x80 && !c.is_ascii_whitespace() && c != 0x0b)
    }) {
        return false;
    }
    // most lines hold a word longer than two characters: decide those without
    // collecting (a token of at most two characters has at most 8 bytes)
    let mut n = 0;
    for w in t.split_whitespace() {
        if w.len() > 2 && (w.len() > 8 || w.chars().count() > 2) {
            return false;
        }
        n += 1;
    }
    if n < 3 {
        return false;
    }
    let toks: Vec<&str> = t.split_whitespace().collect();
    toks.len() >= 3
        && toks.iter().all(|w| w.chars().count() <= 2)
        // nil cells (`– – –`) are no debris: at least two tokens hold a letter
        && toks.iter().filter(|w| w.chars().any(char::is_alphabetic)).count() >= 2
        // short Dutch words (`u en ik`, `is op de`) are text
        && !toks
            .iter()
            .any(|w| super::ocr::FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
        && !t.chars().any(|c| c.is_ascii_digit())
        && toks.iter().any(|w| w.chars().count() == 1)
        && toks
            .iter()
            .any(|w| w.chars().any(|c| !c.is_alphanumeric()) || w.chars().all(|c| c.is_lowercase()))
}

/// Finds furniture; returns the edits (sorted, non-overlapping) and the records.
pub fn detect(text: &str) -> (Vec<Edit>, Vec<Furniture>) {
    let (edits, records, _) = detect_with_lines(text);
    (edits, records)
}

/// [`detect`], also returning the lines of `text` as
/// [`lines_with_offsets`] gives them (the line-end joins read the same lines when
/// nothing above them changed the text).
pub(crate) fn detect_with_lines(text: &str) -> (Vec<Edit>, Vec<Furniture>, Vec<(usize, &str)>) {
    let all: Vec<(usize, &str)> = lines_with_offsets(text).collect();
    // each line trimmed of white space, once (`str::trim`)
    let trimmed: Vec<&str> = all.iter().map(|(_, l)| trim(l)).collect();
    let mut f = Found {
        edits: Vec::new(),
        records: Vec::new(),
    };
    // The header zone: everything above a breadcrumb near the top is navigation
    // when it is made of short lines only.
    let header_end = all
        .iter()
        .take(60)
        .position(|(_, l)| may_be_breadcrumb(l) && BREADCRUMB.is_match(l))
        .filter(|&i| trimmed[..i].iter().all(|l| l.chars().count() <= 80));
    // the first and last few non-empty lines: where skip links and the site footer stand
    let non_empty: Vec<usize> = (0..all.len()).filter(|&k| !trimmed[k].is_empty()).collect();
    let head_zone = non_empty.get(12).copied().unwrap_or(all.len());
    let foot_zone = non_empty.len().checked_sub(12).map_or(0, |k| non_empty[k]);
    // the lines hold all of the text but its line breaks: a form feed in a line is
    // a form feed in the text
    let paged = memchr::memchr(0x0C, text.as_bytes()).is_some();
    let mut running = running_lines(&all, &trimmed, paged);
    numbered_running_lines(&trimmed, &mut running);
    let mut title_pages: FastMap<usize, std::ops::Range<usize>> = FastMap::default();
    for (k, kind, number) in single_page_heads(&all, &trimmed, &non_empty, paged) {
        match number {
            Some(r) => {
                title_pages.entry(k).or_insert(r);
            }
            None => {
                running.entry(k).or_insert(kind);
            }
        }
    }
    let mut i = 0;
    while i < all.len() {
        let (start, line) = all[i];
        // (`trim` is `trim_matches(char::is_whitespace)`)
        let t = trimmed[i];
        i += 1;
        if t.is_empty() || t.len() > 300 {
            continue;
        }
        // (most texts have neither: no hashing per line then)
        if let Some(kind) = (!running.is_empty())
            .then(|| running.get(&(i - 1)))
            .flatten()
        {
            f.blank(i, start, line, kind);
            continue;
        }
        if let Some(r) = (!title_pages.is_empty())
            .then(|| title_pages.get(&(i - 1)))
            .flatten()
        {
            // the page's number after (or before) the report's title on its first line
            let body = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
            let at = start + (body.as_ptr() as usize - line.as_ptr() as usize);
            let number = body[r.clone()].trim();
            f.cut(
                i,
                Span::new(at + r.start, at + r.end),
                number,
                "page_number",
            );
            continue;
        }
        if header_end.is_some_and(|h| i <= h) {
            f.blank(i, start, line, "web_chrome");
            continue;
        }
        let is_footer = |t: &str| may_be_site_footer(t) && SITE_FOOTER.is_match(t);
        // a skip link opens the page, the site footer closes it; a breadcrumb is chrome
        // anywhere: placed is `footer ? i > foot_zone : (breadcrumb || in the head zone)`.
        // Read so that the footer test (a scan of the line) is made only where it
        // decides: beyond the foot zone, or on a breadcrumb or head-zone line (there a
        // footer sentence is not placed). Elsewhere placed is false either way, and
        // `footer` is read only when placed.
        let head_or_crumb = i <= head_zone || (may_be_breadcrumb(t) && BREADCRUMB.is_match(t));
        let (placed, footer) = if i > foot_zone {
            let footer = is_footer(t);
            (footer || head_or_crumb, footer)
        } else if head_or_crumb {
            let footer = is_footer(t);
            (!footer, footer)
        } else {
            (false, false)
        };
        if placed && may_open_block(t) && BLOCK_START.is_match(t) && t.chars().count() <= 160 {
            let kind = "web_chrome";
            f.blank(i, start, line, kind);
            // continuation lines of a cell-per-line export, up to a blank line
            let mut n = 0;
            while i < all.len() && n < 24 {
                let (s, l) = all[i];
                let lt = trimmed[i];
                // items are short; a breadcrumb's last item may be long after its `›`
                let sep = lt.starts_with(['›', '>', '»', '|', '/']);
                if lt.is_empty() || lt.chars().count() > if sep { 120 } else { 40 } {
                    break;
                }
                f.blank(i + 1, s, l, kind);
                i += 1;
                n += 1;
            }
            if footer {
                // footer links below the footer sentence, to the end
                while i < all.len() {
                    let (s, l) = all[i];
                    let lt = trimmed[i];
                    if !lt.is_empty() {
                        if lt.chars().count() > 40 && !LINK_ROW.is_match(lt) {
                            break;
                        }
                        f.blank(i + 1, s, l, kind);
                    }
                    i += 1;
                }
            }
            continue;
        }
        let in_zone = i <= head_zone || i > foot_zone;
        let link_row = in_zone
            && may_be_link_row(t)
            && LINK_ROW.is_match(t)
            && is_link_row(t)
            && !in_pipe_table(i.checked_sub(1).map(|k| all[k].1), t);
        let kind = if is_chrome_line(t) || link_row {
            Some("web_chrome")
        } else if may_be_running_footer(t) && RUNNING_FOOTER.is_match(t) {
            Some("running_footer")
        } else if (may_be_page_line(t) && PAGE_LINE.is_match(t))
            || is_bare_page_number(text, start, line, t)
            || page_line_with_text(t)
        {
            Some("page_number")
        } else if is_debris(t) {
            Some("ocr_debris")
        } else {
            None
        };
        if let Some(kind) = kind {
            f.blank(i, start, line, kind);
            continue;
        }
        let rule = may_have_rule_prefix(line)
            .then(|| RULE_PREFIX.captures(line))
            .flatten();
        if let Some(c) = rule {
            let m = c.get(1).unwrap();
            f.cut(
                i,
                Span::new(start + m.start(), start + m.end()),
                m.as_str().trim(),
                "ocr_debris",
            );
            continue;
        }
        // a page number after the paragraph's last sentence, before a blank line or the end
        let next_blank = trimmed.get(i).is_none_or(|l| l.is_empty());
        if next_blank && may_have_trailing_page(line) {
            if let Some(c) = TRAILING_PAGE
                .captures(line)
                .filter(|c| is_prose_before(&line[..c.get(1).unwrap().start()]))
            {
                let m = c.get(1).unwrap();
                f.cut(
                    i,
                    Span::new(start + m.start(), start + line.len()),
                    m.as_str().trim(),
                    "page_number",
                );
            }
        }
    }
    (f.edits, f.records, all)
}

/// The text before a trailing page number must be prose: a few words, no other
/// digit (a table row such as `Totale omzet € 208 mln. 239` keeps its last cell), and
/// the last word no abbreviation (`mln.`, `resp.`).
fn is_prose_before(s: &str) -> bool {
    let last = s
        .trim_end_matches(['.', '!', '?'])
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    s.split_whitespace().count() >= 2
        && !s.chars().any(|c| c.is_ascii_digit())
        && last.chars().count() >= 5
}

/// Running headers and footers of paginated text (pages split by form feeds): a line
/// among the first or last two of a page that recurs, numbers aside, on at least
/// three pages and half of them (`Jaarverslag 2022 Logius`, `Pagina 3`). Lines with
/// column gaps are left: a table header repeated after a page break is content.
/// Returns line index -> kind. `trimmed` holds the lines trimmed of white space
/// (`str::trim`, which takes form feeds too).
fn running_lines(
    all: &[(usize, &str)],
    trimmed: &[&str],
    paged: bool,
) -> FastMap<usize, &'static str> {
    let mut out = FastMap::default();
    if !paged {
        return out;
    }
    // pages: line indices of the non-empty lines per page
    let mut pages: Vec<Vec<usize>> = vec![Vec::new()];
    for (k, (_, l)) in all.iter().enumerate() {
        if l.starts_with('\u{c}') {
            pages.push(Vec::new());
        }
        if !trimmed[k].is_empty() {
            if let Some(p) = pages.last_mut() {
                p.push(k);
            }
        }
        if l.len() > 1 && l.ends_with('\u{c}') {
            pages.push(Vec::new());
        }
    }
    pages.retain(|p| !p.is_empty());
    if pages.len() < 3 {
        return out;
    }
    let norm = |l: &str| -> String {
        let mut s = String::with_capacity(l.len());
        for w in l.split_whitespace() {
            if !s.is_empty() {
                s.push(' ');
            }
            let mut digit = false;
            for c in w.chars() {
                if c.is_ascii_digit() {
                    if !digit {
                        s.push('#');
                    }
                    digit = true;
                } else {
                    s.push(c);
                    digit = false;
                }
            }
        }
        s
    };
    // (each line is in one entry at most, so the order of `seen` does not matter)
    let mut seen: FastMap<String, Vec<(usize, usize, bool)>> = FastMap::default();
    for (p, page) in pages.iter().enumerate() {
        let n = page.len();
        for (pos, &k) in page.iter().enumerate() {
            let top = pos < 2;
            if !(top || pos + 2 >= n) {
                continue;
            }
            let l = trimmed[k];
            if l.contains("   ") || l.chars().count() > 100 || !l.chars().any(char::is_alphabetic) {
                continue;
            }
            seen.entry(norm(l)).or_default().push((p, k, top));
        }
    }
    let need = 3.max(pages.len().div_ceil(2));
    for hits in seen.values() {
        let mut ps: Vec<usize> = hits.iter().map(|h| h.0).collect();
        ps.dedup();
        if ps.len() >= need {
            for &(_, k, top) in hits {
                out.insert(
                    k,
                    if top {
                        "running_header"
                    } else {
                        "running_footer"
                    },
                );
            }
        }
    }
    out
}

/// A page's running header or footer printed with its page number, paged or not
/// (pdftotext `-layout`, OCR without form feeds): `Jaarverslag Ministerie van OCW
/// 2023      31`, `18        Jaarverslag DUO 2023`, `Jaarverslag DUO 2023 | pagina
/// 17`. The same text with a number of one to four digits, parted from it by two or
/// more spaces (or `|` and `pagina`), on three lines or more, the numbers rising: each
/// such line is furniture, a header where the number comes first. `trimmed` holds
/// the lines trimmed of white space (`str::trim`: a form feed is white space).
fn numbered_running_lines<'a>(trimmed: &[&'a str], out: &mut FastMap<usize, &'static str>) {
    // (text, number, line index, number first)
    let mut found: Vec<(&'a str, u32, usize, bool)> = Vec::new();
    for (k, &t) in trimmed.iter().enumerate() {
        // (most lines: no run of two spaces, or no digit at either end)
        let b = t.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            continue;
        };
        if t.len() > 120 || !(first.is_ascii_digit() || last.is_ascii_digit()) {
            continue;
        }
        let number = |n: &str| {
            (!n.is_empty() && n.len() <= 4 && n.bytes().all(|c| c.is_ascii_digit()))
                .then(|| n.parse::<u32>().ok())
                .flatten()
        };
        let text_ok = |x: &str| {
            let x = x.trim();
            x.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && x.split_whitespace().count() >= 2
                && !x.ends_with(['.', ',', ';', ':'])
                && x.split_whitespace().count() <= 12
        };
        // (a number before it is parted by spaces: most lines ending in a digit are
        // cells and sentences, `12.400`, `in 2023`, and go no further)
        let head = t.trim_end_matches(|c: char| c.is_ascii_digit());
        let page_tail = || {
            head.get(head.len().saturating_sub(10)..)
                .is_some_and(|x| x.to_ascii_lowercase().contains("| p"))
                || head
                    .get(head.len().saturating_sub(8)..)
                    .is_some_and(|x| x.to_ascii_lowercase().contains("| blz"))
        };
        if last.is_ascii_digit() && (head.ends_with("  ") || (head.ends_with(' ') && page_tail())) {
            let n = &t[head.len()..];
            let lower = head.to_lowercase();
            let page_word = ["| pagina ", "| page ", "| blz. ", "| p. "]
                .iter()
                .find_map(|w| lower.strip_suffix(w).map(|h| h.len()));
            let text = match page_word {
                Some(h) => Some(&head[..h]),
                None => head.ends_with("  ").then_some(head),
            };
            if let (Some(text), Some(n)) = (text, number(n)) {
                if text_ok(text) {
                    found.push((text.trim(), n, k, false));
                    continue;
                }
            }
        }
        if first.is_ascii_digit() {
            let n_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
            let rest = &t[n_end..];
            if rest.starts_with("  ") && text_ok(rest) {
                if let Some(n) = number(&t[..n_end]) {
                    found.push((rest.trim(), n, k, true));
                }
            }
        }
    }
    if found.len() < 3 {
        return;
    }
    // (a header and a footer may print the same text)
    let mut by_text: FastMap<(&str, bool), Vec<(u32, usize)>> = FastMap::default();
    for (text, n, k, first) in found {
        by_text.entry((text, first)).or_default().push((n, k));
    }
    // the pages rise a few at a time; a column's totals repeated in three tables
    // (`Totaal generaal   120`, `… 340`) need not
    for (&(_, first), hits) in &by_text {
        let pages = hits
            .windows(2)
            .all(|w| w[0].0 < w[1].0 && w[1].0 - w[0].0 <= 40);
        if hits.len() >= 3 && pages {
            let kind = if first {
                "running_header"
            } else {
                "running_footer"
            };
            for &(_, k) in hits {
                out.entry(k).or_insert(kind);
            }
        }
    }
}

/// Words that number a part of a report rather than a page (`Deel 2`, `Bijlage 3`,
/// `Hoofdstuk 12`): a number after one is the title's own.
const PART_WORDS: &[&str] = &[
    "deel",
    "hoofdstuk",
    "bijlage",
    "artikel",
    "paragraaf",
    "nr",
    "nr.",
    "no",
    "no.",
    "nummer",
    "versie",
    "fase",
    "boek",
    "band",
    "week",
    "kwartaal",
    "tabel",
    "figuur",
    "stap",
    "tranche",
    "editie",
    "jaargang",
    "module",
    "sector",
    "programma",
];

/// A report's title printed with the page's number, as a page's head or foot prints
/// it on one page only (`UWV Jaarverslag 2023      37`, `GGD Hollands Midden
/// Jaarrekening 2017 14`, `Begroting 2026 Provincie Limburg 23`, `37      Jaarstukken
/// 2021 Provincie Gelderland`): a few words that hold a report's word and its year
/// (no sentence), and a number of one to three digits after them (after a year or a
/// capitalised word, not a part's word: `Deel 2`), or before them two spaces apart.
/// Returns the span of the number with the spaces that part it, in `t` (trimmed).
fn titled_page_number(t: &str) -> Option<std::ops::Range<usize>> {
    if t.len() > 160 {
        return None;
    }
    let b = t.as_bytes();
    let (&first, &last) = (b.first()?, b.last()?);
    let number = |n: &str| (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit());
    let title = |x: &str| {
        let words: Vec<&str> = x.split_whitespace().collect();
        (2..=12).contains(&words.len())
            && !x.contains("   ")
            && !x.ends_with(['.', ',', ';', ':'])
            && x.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && words.windows(2).any(|w| {
                crate::meta::report_year(w[0], w[1].trim_end_matches([',', '.', '|'])).is_some()
            })
    };
    if last.is_ascii_digit() {
        let head = t.trim_end_matches(|c: char| c.is_ascii_digit());
        let text = head.trim_end();
        let before = text.rsplit(' ').next().unwrap_or("");
        let parted = head.ends_with("  ")
            || (head.ends_with(' ')
                && (before.starts_with(char::is_uppercase)
                    || (before.len() == 4 && before.bytes().all(|c| c.is_ascii_digit())))
                && !PART_WORDS.contains(&before.to_lowercase().as_str()));
        if parted && number(&t[head.len()..]) && title(text) {
            return Some(text.len()..t.len());
        }
    }
    if first.is_ascii_digit() {
        let n_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let rest = &t[n_end..];
        if rest.starts_with("  ") && number(&t[..n_end]) && title(rest.trim_start()) {
            return Some(0..t.len() - rest.trim_start().len());
        }
    }
    None
}

/// The page heads and feet printed once ([`titled_page_number`]): on the text's
/// first line the number is cut (the line is the report's title); on a page's other
/// first or last line (the text's last, or one beside a form feed), parted from the
/// page's text by a blank line, the whole line is a running header or footer.
/// Returns line index -> (kind, span of the number in the trimmed line, or `None`
/// for the whole line).
///
/// `trimmed` holds the lines trimmed of white space (`str::trim`: a form feed is
/// white space, so a trimmed line holds none at either end), `non_empty` the
/// indices of those not empty, and `paged` whether the text holds a form feed.
fn single_page_heads(
    all: &[(usize, &str)],
    trimmed: &[&str],
    non_empty: &[usize],
    paged: bool,
) -> Vec<(usize, &'static str, Option<std::ops::Range<usize>>)> {
    let mut out = Vec::new();
    let Some(&first) = non_empty.first() else {
        return out;
    };
    let text = |k: usize| trimmed[k];
    if let Some(r) = titled_page_number(text(first)) {
        out.push((first, "page_number", Some(r)));
    }
    // form feeds among the lines before each line (one pass: `feeds(a, b)` asks
    // whether lines `a..b` hold one); a text without form feeds has none anywhere
    let mut before = Vec::new();
    if paged {
        before.reserve(all.len() + 1);
        before.push(0usize);
        for (_, l) in all {
            let n = before[before.len() - 1] + usize::from(l.contains('\u{c}'));
            before.push(n);
        }
    }
    let feeds = |a: usize, b: usize| paged && before[b] > before[a];
    let blank = |k: Option<usize>| k.is_some_and(|k| trimmed.get(k).is_some_and(|l| l.is_empty()));
    for (n, &k) in non_empty.iter().enumerate().skip(1) {
        let prev = non_empty[n - 1];
        let next = non_empty.get(n + 1).copied();
        // a page's first line: after a form feed, the page's text below a blank line
        let head = feeds(prev + 1, k + 1) && next.is_some() && blank(Some(k + 1));
        // a page's last line: before a form feed or the text's end, under a blank line
        let foot = next.is_none_or(|j| feeds(k, j + 1)) && blank(k.checked_sub(1));
        if (head || foot) && titled_page_number(text(k)).is_some() {
            out.push((
                k,
                if head {
                    "running_header"
                } else {
                    "running_footer"
                },
                None,
            ));
        }
    }
    out
}

/// Is `t` a row of a Markdown pipe table, as the line `prev` above it is: the same
/// number of pipes, at least two (`. Prijsbenchmark | afgerond | afgerond` under a
/// row of figures)? A footer's link row stands on its own.
fn in_pipe_table(prev: Option<&str>, t: &str) -> bool {
    let pipes = |l: &str| l.bytes().filter(|&b| b == b'|').count();
    let n = pipes(t);
    n >= 2 && prev.is_some_and(|p| pipes(p) == n)
}

/// Footer link rows name site pages, not data: every item is a few words, no digit.
fn is_link_row(t: &str) -> bool {
    t.split('|').all(|p| {
        let p = p.trim();
        !p.is_empty() && p.split_whitespace().count() <= 4 && !p.chars().any(|c| c.is_ascii_digit())
    })
}

/// A line holding only a number, directly before or after a form feed.
fn is_bare_page_number(text: &str, start: usize, line: &str, t: &str) -> bool {
    let t = t.trim_matches('\u{c}');
    if t.is_empty() || t.len() > 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let bytes = text.as_bytes();
    let end = start + line.len();
    line.contains('\u{c}')
        || (start > 0
            && text[..start]
                .trim_end_matches(['\n', '\r'])
                .ends_with('\u{c}'))
        || bytes.get(end..).is_some_and(|rest| {
            let rest = &rest[..rest.len().min(4)];
            rest.iter().find(|&&b| b != b'\n' && b != b'\r') == Some(&0x0c)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(String, usize)> {
        detect(t).1.into_iter().map(|f| (f.kind, f.line)).collect()
    }

    #[test]
    fn a_pipe_table_row_is_no_footer_link_row() {
        // html2text's last table row, near the end of a page: items of few words, no digit
        let row = ". Prijsbenchmark | afgerond | afgerond | afgerond";
        assert!(is_link_row(row));
        assert!(in_pipe_table(Some(". Doorlooptijd | 100 | 100 | 100"), row));
        // a footer's link row stands alone
        let links = "Over deze site | Licence | Privacy | Toegankelijkheid";
        assert!(!in_pipe_table(Some(""), links));
        assert!(!in_pipe_table(None, links));
        assert!(!in_pipe_table(Some("a | b"), links));
    }

    #[test]
    fn footer_and_chrome() {
        let t = "Main content\nTekst.\nTweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165\nLicence";
        let (edits, f) = detect(t);
        assert_eq!(edits.len(), 3);
        let kinds: Vec<_> = f.iter().map(|f| (f.kind.as_str(), f.line)).collect();
        assert_eq!(
            kinds,
            vec![("web_chrome", 1), ("running_footer", 3), ("web_chrome", 4)]
        );
        let c = RUNNING_FOOTER
            .captures("Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165")
            .unwrap();
        assert_eq!(&c["paper"], "36 360 VII");
        assert_eq!(&c["nr"], "1");
        assert_eq!(&c["page"], "165");
    }

    #[test]
    fn prose_mentioning_main_content_is_not_chrome() {
        let t = "The main content of this report";
        assert!(detect(t).0.is_empty());
    }

    #[test]
    fn glued_chrome() {
        assert_eq!(
            kinds("Tekst.\n\nLicenceMain content"),
            vec![("web_chrome".into(), 3)]
        );
    }

    #[test]
    fn page_numbers() {
        // seed 002: a page number left behind the last sentence of a paragraph
        let t = "onderzoek en verantwoording. 10\n\nTot slot";
        let (e, f) = detect(t);
        assert_eq!(f[0].kind, "page_number");
        assert_eq!(f[0].text, "10");
        assert_eq!(&t[e[0].span.start..e[0].span.end], " 10");
        // a number inside a sentence or a table cell is not a page number
        assert!(kinds("Het aantal is 10\n\n12\n\nwaarvan 3.").is_empty());
        assert!(kinds("In 2023 werden het er 12. 10\nmeer dan verwacht").is_empty());
        assert!(kinds("Totale omzet Logius € 208 mln. € 227 mln. 239\n\nVolgende").is_empty());
        assert!(kinds("Aantal berichten mln. 85\n\nVolgende").is_empty());
        assert_eq!(
            kinds("tekst\n- 12 -\ntekst"),
            vec![("page_number".into(), 2)]
        );
        assert_eq!(
            kinds("tekst\n12\n\u{c}tekst"),
            vec![("page_number".into(), 2)]
        );
    }

    #[test]
    fn running_header_on_every_page() {
        let words = ["aap", "noot", "mies", "wim", "zus", "jet"];
        let page = |n: usize| {
            let w = words[n % 6];
            // a table header repeated at the top of every page is content (column gaps)
            format!("Jaarverslag 2022 Logius\nRealisatie      Vastgestelde      2022\n\nDe tekst over {w} gaat hier verder.\nNog een regel over {w}.\nEn een laatste regel over {w}.\n")
        };
        let t = format!(
            "{}\u{c}{}\u{c}{}\u{c}{}",
            page(1),
            page(2),
            page(3),
            page(4)
        );
        let (e, f) = detect(&t);
        let k: Vec<_> = f
            .iter()
            .map(|f| (f.kind.as_str(), f.text.as_str()))
            .collect();
        assert_eq!(k, vec![("running_header", "Jaarverslag 2022 Logius"); 4]);
        // the form feeds stay
        let mut out = t.clone();
        for e in e.iter().rev() {
            out.replace_range(e.span.start..e.span.end, "");
        }
        assert_eq!(out.matches('\u{c}').count(), 3);
        // without page breaks nothing repeats
        let t = page(1).repeat(4);
        assert!(kinds(&t).is_empty());
    }

    #[test]
    fn numbered_running_footers() {
        let page = |n: usize| {
            format!("De tekst van bladzijde {n} gaat hier verder.\nEn nog een regel.\n\nJaarverslag Agentschap 2023            {n}\n")
        };
        let t: String = (11..15).map(page).collect();
        let f: Vec<(String, usize)> = kinds(&t);
        assert_eq!(f, [4, 8, 12, 16].map(|l| ("running_footer".to_string(), l)));
        // the number first is a header; `| pagina N` as well
        let t: String = (3..6)
            .map(|n| format!("{n}        Jaarverslag DUO 2023\nTekst.\n\nJaarverslag DUO 2023 | pagina {n}\n"))
            .collect();
        let f: Vec<String> = kinds(&t).into_iter().map(|k| k.0).collect();
        assert_eq!(f, ["running_header", "running_footer"].repeat(3));
        // numbers that do not rise, and a table's rows, are no footers
        let t: String = [12, 11, 13]
            .iter()
            .map(|n| format!("Jaarverslag Agentschap 2023            {n}\nTekst.\n"))
            .collect();
        assert!(kinds(&t).is_empty());
        let t: String = [120, 340, 560]
            .iter()
            .map(|n| format!("Tabel\n                 2023\nRegeling A         80\nTotaal generaal   {n}\n\n"))
            .collect();
        assert!(kinds(&t).is_empty());
    }

    #[test]
    fn ocr_debris() {
        // seed 002: logo debris and a rule-like prefix
        let t =
            " 4. Logius\nNS L o :\n=== Ministerie van Binnenlandse Zaken en\nKoninkrijksrelaties";
        let (e, f) = detect(t);
        let k: Vec<_> = f
            .iter()
            .map(|f| (f.kind.as_str(), f.text.as_str(), f.line))
            .collect();
        assert_eq!(
            k,
            vec![("ocr_debris", "NS L o :", 2), ("ocr_debris", "===", 3)]
        );
        assert_eq!(&t[e[1].span.start..e[1].span.end], "=== ");
        // ordinary short lines are not debris
        assert!(
            kinds("n.b.\n\n– 3 783\n\nIT en ICT\n\nA B\n\n– – –\n\n- . -\n\nu en ik :").is_empty()
        );
    }

    #[test]
    fn site_header_and_footer_cell_per_line() {
        // corpus/flat/001: the generated rijksbegroting.nl header and footer
        let t = "Direct naar (in deze pagina): \ninhoud\n, \nzoekveld\n of \nmenu\n.\n\nRijksbegroting\n\nOverzicht\n\nU bevindt zich hier: \nHome\n › \n2023\n › Logius\n\nDownload PDF\n\nIedere vier maanden doet Logius verslag.\n\nRijksbegroting.nl is een website van het Ministerie van Financiën. \nOver deze site\n | \nContact\n";
        let (_, f) = detect(t);
        let content: Vec<_> = f.iter().map(|f| f.text.as_str()).collect();
        assert!(!content.contains(&"Iedere vier maanden doet Logius verslag."));
        for w in [
            "Direct naar (in deze pagina):",
            "menu",
            "Rijksbegroting",
            "Overzicht",
            "2023",
            "› Logius",
            "Download PDF",
            "Over deze site",
            "Contact",
        ] {
            assert!(content.contains(&w), "{w} in {content:?}");
        }
    }

    #[test]
    fn chrome_words_in_prose_stay() {
        let body = "Een regel tekst.\n".repeat(30);
        let t = format!("{body}Direct naar huis gaan was geen optie.\nkort\n{body}Dit is een website van de overheid.\n{body}");
        assert!(kinds(&t).is_empty());
    }

    /// `is_debris` without its three-byte gate.
    fn is_debris_plain(t: &str) -> bool {
        let toks: Vec<&str> = t.split_whitespace().collect();
        toks.len() >= 3
            && toks.iter().all(|w| w.chars().count() <= 2)
            && toks
                .iter()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                >= 2
            && !toks
                .iter()
                .any(|w| super::super::ocr::FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
            && !t.chars().any(|c| c.is_ascii_digit())
            && toks.iter().any(|w| w.chars().count() == 1)
            && toks.iter().any(|w| {
                w.chars().any(|c| !c.is_alphanumeric()) || w.chars().all(|c| c.is_lowercase())
            })
    }

    /// Every line the gates hold back fails its regex: the gates are exact.
    fn gates_hold(line: &str) {
        let t = line.trim_matches(|c: char| c.is_whitespace());
        if BREADCRUMB.is_match(line) {
            assert!(may_be_breadcrumb(line), "{line:?}");
        }
        if BREADCRUMB.is_match(t) {
            assert!(may_be_breadcrumb(t), "{t:?}");
        }
        if SITE_FOOTER.is_match(t) {
            assert!(may_be_site_footer(t), "{t:?}");
        }
        if RUNNING_FOOTER.is_match(t) {
            assert!(may_be_running_footer(t), "{t:?}");
        }
        if PAGE_LINE.is_match(t) {
            assert!(may_be_page_line(t), "{t:?}");
        }
        if BLOCK_START.is_match(t) {
            assert!(may_open_block(t), "{t:?}");
        }
        if LINK_ROW.is_match(t) {
            assert!(may_be_link_row(t), "{t:?}");
        }
        if t.split_whitespace()
            .next()
            .is_some_and(|w| w.chars().count() > 2)
        {
            assert!(!is_debris(t), "{t:?}");
        }
        assert_eq!(is_debris(t), is_debris_plain(t), "{t:?}");
        if RULE_PREFIX.is_match(line) {
            assert!(may_have_rule_prefix(line), "{line:?}");
        }
        if TRAILING_PAGE.is_match(line) {
            assert!(may_have_trailing_page(line), "{line:?}");
        }
    }

    #[test]
    fn gates_are_exact() {
        for l in [
            "U bevindt zich hier: Home",
            " \u{a0}u  bent hier :",
            "Rijksfinanciën is een WEBSITE van het Ministerie",
            "Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165",
            "- 12 -",
            "— 3 —",
            "Pagina 3 van 10",
            "BLZ. 7",
            "=== Ministerie",
            "__ Tekst",
            "verantwoording. 10",
            "verantwoording. \u{661}\u{662} \t",
        ] {
            gates_hold(l);
        }
        for (l, web) in [
            ("web", true),
            ("xWEb", true),
            ("we", false),
            ("w eb", false),
            ("wwEB", true),
            ("ww", false),
        ] {
            assert_eq!(may_be_site_footer(l), web, "{l}");
        }
        // every line of the seeds and of the fixtures, decoded
        let mut n = 0;
        for (_, text) in crate::testdata::texts() {
            for (_, l) in lines_with_offsets(&text) {
                gates_hold(l);
                n += 1;
            }
        }
        assert!(n > 1000, "{n} lines");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn gates_are_exact_on_generated_lines(
            l in "[ \t\u{a0}]{0,2}(U|u|Tweede|Eerste|Pagina|page|BLZ\\.|blz|-|–|—|=|~|_|verantwoording|ſ|K)?[ \t\u{a0}]{0,2}(bevindt|zich|hier|bent|:|is|een|website|WebSite|van|Kamer,|vergaderjaar|nr\\.|2022|–|-|36 360|VII|[0-9]{1,4}|\u{661}|[.!?]|[a-zé]{1,5}|[ \t\u{a0}\u{b}]{1,2}|naar|NaAr|Direct|spring|ga|\\||NS|L|o|:|–|ab){0,12}"
        ) {
            gates_hold(&l);
        }
    }

    /// `is_chrome_line` as it was before the four-byte gate (a gate on the first letter).
    fn is_chrome_line_plain(t: &str) -> bool {
        let mut rest = t.trim_start_matches(['*', '•', '-', '·', ' ', '\t']);
        let first = rest.as_bytes().first().map(u8::to_ascii_lowercase);
        if !first.is_some_and(|b| WEB_CHROME.iter().any(|w| w.as_bytes()[0] == b)) {
            return false;
        }
        let mut steps = 0;
        while !rest.is_empty() && steps < 8 {
            steps += 1;
            let Some(w) = WEB_CHROME.iter().find(|w| {
                rest.len() >= w.len()
                    && rest.is_char_boundary(w.len())
                    && rest[..w.len()].eq_ignore_ascii_case(w)
            }) else {
                return false;
            };
            rest = rest[w.len()..].trim_start();
        }
        steps > 0 && rest.is_empty()
    }

    /// The line of each record is `LineIndex`'s line of its edit, on every seed and
    /// fixture text, on texts with `\r\n`, lone `\r` and form feeds, and on lines
    /// generated to be furniture.
    fn records_on_their_lines(t: &str) {
        let lines = crate::span::LineIndex::new(t);
        let (edits, records) = detect(t);
        assert_eq!(edits.len(), records.len());
        for (e, r) in edits.iter().zip(&records) {
            assert_eq!(r.line, lines.line(e.span.start), "{r:?} in {t:?}");
        }
    }

    #[test]
    fn record_lines_are_line_index_lines() {
        let mut n = 0;
        for (_, text) in crate::testdata::texts() {
            records_on_their_lines(&text);
            let crlf = text.replace('\n', "\r\n");
            records_on_their_lines(&crlf);
            records_on_their_lines(&text.replace('\n', "\r"));
            n += detect(&text).1.len();
        }
        assert!(n > 20, "{n} records");
        records_on_their_lines("Main content\r\nTekst.\r- 12 -\r\n\r\n=== Ministerie\n\u{c}12\nverantwoording. 10\n\nLicence\n");
        records_on_their_lines("U bevindt zich hier: Home\r\n› 2023\r\n\r\nTekst.\n");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
        #[test]
        fn record_lines_on_generated_text(
            parts in proptest::collection::vec("Main content|Licence|- 12 -|=== Ministerie van|\u{c}|12|tekst van de regel|verantwoording. 10|U bevindt zich hier: Home|NS L o :|[\r\n]{1,2}|Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165", 0..30)
        ) {
            records_on_their_lines(&parts.concat());
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn trim_is_str_trim(l in "[a. \t\u{b}\u{c}\u{a0}\u{85}\u{2028}\u{3000}é€]{0,6}") {
            proptest::prop_assert_eq!(trim(&l), l.trim());
        }
    }

    #[test]
    fn chrome_gate_is_exact() {
        for l in [
            "Main content",
            "LicenceMain content",
            "* Download PDF",
            "-   DOWNLOAD pdf",
            "+Toon begrotingsfasen",
            "Lic",
            "main",
            "Licence Licence Licence Licence Licence Licence Licence Licence Licence",
            "Mainé",
            "ma\u{300}in content",
        ] {
            assert_eq!(is_chrome_line(l), is_chrome_line_plain(l), "{l:?}");
        }
        assert!(is_chrome_line("• Download PDF"));
        assert!(!is_chrome_line("Mainé"));
        for (_, text) in crate::testdata::texts() {
            for (_, l) in lines_with_offsets(&text) {
                let t = l.trim();
                assert_eq!(is_chrome_line(t), is_chrome_line_plain(t), "{t:?}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn chrome_gate_is_exact_on_generated_lines(
            l in "[*•\\- ]{0,2}(main content|MAIN Content|licen[cs]e|LICENCE|\\+toon begrotingsfasen|naar hoofdinhoud|ga direct naar inhoud|download pdf|skip to main content|base description which applies to whole site|ma|lic|é|[a-z+ ]{1,4}| ){0,5}"
        ) {
            proptest::prop_assert_eq!(is_chrome_line(&l), is_chrome_line_plain(&l));
        }
    }

    /// The letters the gates compare in ASCII case only have no other case-folding
    /// partner in the regex engine (`s` has: `ſ`, so it is never used).
    #[test]
    fn gate_letters_fold_only_in_ascii() {
        for letter in ['u', 'w', 'e', 'b', 'p', 'n', 'a', 'r'] {
            let re = Regex::new(&format!("(?i)^{letter}$")).unwrap();
            for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
                let mut buf = [0u8; 4];
                if re.is_match(c.encode_utf8(&mut buf)) {
                    assert!(c.eq_ignore_ascii_case(&letter), "{c:?} folds to {letter}");
                }
            }
        }
        assert!(Regex::new("(?i)^s$").unwrap().is_match("ſ"));
    }

    #[test]
    fn site_header_and_footer_ocr() {
        // corpus/ocr/000: one line each
        let t = "Rijksfinanciën\n\nBase description which applies to whole site\nHome Begrotingen Jaarverslagen Opendata Visuals\n\nU bent hier: Home > Begroting 2014 > Binnenlandse Zaken\n\n+Toon begrotingsfasen\n4.1 Logius\n\nInleiding\n\nRijksfinanciën is een website van het Ministerie van Financiën. Over deze site | Licence | Privacy | Toegankelijkheid\n";
        let k = kinds(t);
        let lines: Vec<usize> = k.iter().map(|x| x.1).collect();
        assert_eq!(lines, vec![1, 3, 4, 6, 8, 13]);
    }
}
