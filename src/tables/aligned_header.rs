//! Headers of aligned tables: the year line, the phase labels above it, and how
//! an upper label spreads over the columns beneath it.
//!
//! In: lines of text. Out: [`YearLine`] (columns with char positions) and column
//! labels with both header levels (`Realisatie 2021`, `Vastgestelde begroting 2022`).

/// One column of the year line: its char span and year.
#[derive(Clone, Debug, PartialEq)]
pub struct YearCol {
    pub start: usize,
    pub end: usize,
    /// The year, or `None` for an arithmetic label (`(1)`, `(3)=(2)-(1)`) or an upper-only column.
    pub year: Option<i32>,
    pub text: String,
}

/// Parses a line made only of years (`2019 2020 2021 2022 2022`) and arithmetic
/// column labels (`(1) (2) (3)=(2)-(1)`), at least two.
pub fn year_line(text: &str) -> Option<Vec<YearCol>> {
    // fast path: most lines start with a word that is neither a year nor a phase
    let first = first_word(text)?;
    if !first.starts_with(|c: char| c.is_ascii_digit() || c == '(') {
        // (a line of periods has a year, so a digit)
        if is_header_word(first)
            || (is_period_word(first) && crate::grammar::value::has_ascii_digit(text.as_bytes()))
            || (first.starts_with(char::is_uppercase)
                && crate::grammar::value::has_ascii_digit(text.as_bytes())
                && free_labelled_runs(text))
        {
            return labelled_year_line(text);
        }
        return None;
    }
    // both readings below give up at a first word that is no year or arithmetic label
    // (nor a header word, such as `1e`, for the labelled one): spare them the line
    if !(year_token(first).is_some()
        || arith_label(first)
        || is_header_word(first)
        || is_period_word(first)
        || is_day(first))
    {
        return None;
    }
    if let Some(c) = pure_year_line(text) {
        return Some(c);
    }
    labelled_year_line(text)
}

/// `text.split_whitespace().next()`, by bytes where they are ASCII: every line is
/// asked for its first word.
fn first_word(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        // (`char::is_whitespace`: ASCII's are the space and `\t` to `\r`)
        let (space, len) = if b[i] < 0x80 {
            (matches!(b[i], b' ' | b'\t'..=b'\r'), 1)
        } else {
            let c = text[i..].chars().next()?;
            (c.is_whitespace(), c.len_utf8())
        };
        match (space, start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => return Some(&text[s..i]),
            _ => {}
        }
        i += len;
    }
    start.map(|s| &text[s..])
}

/// A year line with a stub in the label column: a scale caption (`Bedragen x € 1.000
/// 2021 2022`) or, where runs of spaces separate it, a column title (`Omschrijving    2021
/// 2022`). Returns the byte end of the stub and the columns (char positions in the line).
pub fn stub_year_line(text: &str) -> Option<(usize, Vec<YearCol>)> {
    // a year line has a year or an arithmetic label, so an ASCII digit: a line
    // without one is rejected before the caption search
    if !crate::grammar::value::has_ascii_digit(text.as_bytes()) {
        return None;
    }
    let lead = text.len() - text.trim_start().len();
    // only a caption at `lead` counts: a line whose first byte cannot start one
    // needs no search
    let caption = text
        .as_bytes()
        .get(lead)
        .is_some_and(|&b| crate::grammar::may_start_caption(b))
        .then(|| crate::grammar::table_caption(text))
        .flatten();
    let stub_end = match caption {
        Some((_, _, r)) if r.start == lead => r.end,
        _ => {
            // the first run of two or more spaces after the stub
            let t = &text[lead..];
            // (`t.find("  ")`, by bytes: a space is one byte, a char boundary)
            let Some(p) = t.as_bytes().windows(2).position(|w| w == b"  ") else {
                return plain_stub_end(t).and_then(|p| blanked_year_line(text, lead + p));
            };
            let mut stub = t[..p].trim();
            // a code column's head before the label column's (`Art.   Omschrijving
            // 2023`): both are the stub
            // so is a unit column's after the label column's (`Indicator   Eenheid
            // 2022`)
            if super::is_code_label(stub) || super::is_label_column_header(stub) {
                let rest = &t[p..];
                let word = rest.trim_start();
                let w_end = word.find("  ").unwrap_or(word.len());
                let head = word[..w_end].trim_end();
                if (super::is_code_label(stub) && super::is_label_column_header(head))
                    || (super::is_label_column_header(stub) && super::is_unit_header(head))
                {
                    stub = t[..rest.len() - word.len() + p + w_end].trim();
                }
            }
            // years packed one space after the stub are the first columns' (links:
            // `Eenheid 2021    2022`)
            while let Some((head, last)) = stub.rsplit_once(' ') {
                if year_token(last).is_none() {
                    break;
                }
                stub = head.trim_end();
            }
            if stub.is_empty()
                || stub.chars().count() > 60
                || !stub.starts_with(char::is_alphabetic)
            {
                return None;
            }
            lead + stub.len()
        }
    };
    blanked_year_line(text, stub_end)
}

/// The year a cell's text names as a header would (`2021`, `2020/2021`).
pub fn year_of_token(w: &str) -> Option<i32> {
    year_token(w.trim()).map(|y| y.0)
}

/// A header spaced like prose whose stub is any one to three words (`Soort zaak 2020
/// 2021`, `Zaaktype 2020 2021`): words of letters, then two years or more and nothing
/// else. Such a line reads as a row whose values are years too, so the caller asks
/// for a numbered title right above and rows of other values below. Returns the
/// stub's byte end and the columns.
pub fn words_then_years(text: &str) -> Option<(usize, Vec<YearCol>)> {
    let body = text.trim_end();
    let lead = body.len() - body.trim_start().len();
    let words: Vec<&str> = body[lead..].split(' ').collect();
    let years = words
        .iter()
        .rev()
        .take_while(|w| year_token(w).is_some())
        .count();
    let n = words.len() - years;
    if years < 2
        || !(1..=3).contains(&n)
        || !words[..n]
            .iter()
            .all(|w| w.len() > 1 && w.chars().all(|c| c.is_alphabetic() || c == '-'))
    {
        return None;
    }
    let stub_end = lead + words[..n].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
    blanked_year_line(text, stub_end)
}

/// The year line of `text` after a stub ending at `stub_end`, read with the stub
/// blanked (so the columns keep their char positions).
fn blanked_year_line(text: &str, stub_end: usize) -> Option<(usize, Vec<YearCol>)> {
    if text[stub_end..].trim().is_empty() {
        return None;
    }
    let blanked: String = text[..stub_end]
        .chars()
        .map(|_| ' ')
        .chain(text[stub_end..].chars())
        .collect();
    year_line(&blanked).map(|c| (stub_end, c))
}

/// The code column's head that a year line's stub opens with, before the label
/// column's (`Art.   Omschrijving`, `Art. Omschrijving`): its byte range in `stub`.
pub fn code_before_label(stub: &str) -> Option<(usize, usize)> {
    let t = stub.trim_end();
    let lead = t.len() - t.trim_start().len();
    let (w, rest) = t[lead..].split_once(' ')?;
    (super::is_code_label(w) && super::is_label_column_header(rest.trim()))
        .then_some((lead, lead + w.len()))
}

/// Where the stub of a header spaced like prose ends (`Kengetal Realisatie 2022
/// Begroting 2023 Verschil`, PDF text extraction): one to three words of letters
/// before a capitalised header word (`Realisatie`, `Begroting`) that two years or
/// more follow; or one word that names the label or unit column (`Omschrijving 2021
/// 2022`, `Eenheid 2021 2022`). Years alone after another stub stay unread: a row
/// whose values are years (`Doorlichting 2021 2021`) looks the same.
fn plain_stub_end(t: &str) -> Option<usize> {
    // a stub that names the label, unit or article column (`Omschrijving`,
    // `Indicator`, `Eenheid`, `Art.`) before the years: no row's label is such a word
    if let Some((w, rest)) = t.split_once(' ') {
        // (a code column's head before the label column's: `Art. Omschrijving 2023 2024`)
        if code_label(w) {
            if let Some((w2, rest2)) = rest.split_once(' ') {
                let years = rest2
                    .split_whitespace()
                    .take(2)
                    .filter(|w| year_token(w).is_some())
                    .count();
                if years == 2 && super::is_label_column_header(w2) {
                    return Some(w.len() + 1 + w2.len());
                }
            }
        }
        // (a unit column's head after the label column's: `Indicator Eenheid 2021 2022`)
        if let Some((w2, rest2)) = rest.split_once(' ') {
            // (two years after the second word first: most lines are out by it)
            let years = || {
                rest2
                    .split_whitespace()
                    .take(2)
                    .filter(|w| year_token(w).is_some())
                    .count()
            };
            if rest2.starts_with(|c: char| c.is_ascii_digit())
                && years() == 2
                && super::is_unit_header(w2)
                && super::is_label_column_header(w)
            {
                return Some(w.len() + 1 + w2.len());
            }
        }
        let years = rest
            .split_whitespace()
            .take(2)
            .filter(|w| year_token(w).is_some())
            .count();
        if years == 2
            && w.starts_with(char::is_alphabetic)
            && (super::is_label_column_header(w) || super::is_unit_header(w) || code_label(w))
        {
            return Some(w.len());
        }
    }
    let mut at = 0;
    for (k, w) in t.split(' ').enumerate().take(4) {
        // (a header word begins with a letter of `HEADER_WORDS`, capitalised: most
        // words of prose lines are rejected by their first byte)
        let may_head = w
            .as_bytes()
            .first()
            .is_some_and(|&b| !b.is_ascii() || b"RBVOSPMJWNCKDGAHFTU".contains(&b));
        if k > 0 && may_head && w.starts_with(char::is_uppercase) && is_header_word(w) {
            let years = t[at..]
                .split_whitespace()
                .filter(|w| year_token(w).is_some())
                .take(2)
                .count();
            return (years == 2).then_some(at.saturating_sub(1));
        }
        if w.is_empty()
            || !w
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            return None;
        }
        at += w.len() + 1;
    }
    None
}

/// [`super::is_code_label`], asked only of a word that can be one: every code
/// column's head opens with an `a` (`Art.`, `artikel`), and the check copies the
/// word twice.
fn code_label(w: &str) -> bool {
    w.trim_start()
        .as_bytes()
        .first()
        .is_some_and(|&b| b | 0x20 == b'a')
        && super::is_code_label(w)
}

/// A header line naming each column with a phase and a year:
/// `Begroting 2022   Realisatie 2022   Verschil`, `Realisatie 2021 Begroting 2022`.
/// With runs of spaces each run is a column; else a column ends at each year (words
/// after the last year, such as `Verschil`, make one more column).
fn labelled_year_line(text: &str) -> Option<Vec<YearCol>> {
    let mut words = Vec::new(); // (char start, char end, word)
    let mut cur: Option<(usize, String)> = None;
    for (col, c) in text.chars().chain(std::iter::once(' ')).enumerate() {
        if c.is_whitespace() {
            if let Some((s, w)) = cur.take() {
                words.push((s, col, w));
            }
        } else {
            match &mut cur {
                Some((_, w)) => w.push(c),
                None => cur = Some((col, c.to_string())),
            }
        }
    }
    let spaced = words.windows(2).any(|w| w[1].0 >= w[0].1 + 2);
    // (laid out in runs of spaces, each run a label's words before its year, perhaps
    // a unit after it (`Kostprijs 2021 (€)   Leges 2022 (€)   Volume 2022`): the
    // structure names the columns, whatever their words)
    let free = spaced && free_labelled_runs(text);
    let mut years = 0;
    for (i, (_, _, w)) in words.iter().enumerate() {
        if free {
            years += usize::from(year_token(w).is_some());
            continue;
        }
        // (a day before its month: `31 december 2023`)
        let day = is_day(w) && words.get(i + 1).is_some_and(|n| period_word_of(&n.2, true));
        if day {
            continue;
        }
        if year_token(w).is_some() {
            years += 1;
        } else if !(arith_label(w)
            || is_header_word(w)
            || is_period_word(w)
            || (i > 0 && period_noun_after(&words[i - 1].2, w))
            || w == "(%)"
            || (years >= 2 && is_total_column_word(w)))
        {
            return None;
        }
    }
    if years == 0 || words.len() > 40 {
        return None;
    }
    let mut cols: Vec<YearCol> = Vec::new();
    let mut open: Option<YearCol> = None;
    for (i, (s, e, w)) in words.iter().enumerate() {
        let o = open.get_or_insert_with(|| YearCol {
            start: *s,
            end: *e,
            year: None,
            text: String::new(),
        });
        if !o.text.is_empty() {
            o.text.push(' ');
        }
        o.text.push_str(w);
        o.end = *e;
        if let Some((y, _)) = year_token(w) {
            o.year = o.year.or(Some(y));
        }
        let next_gap = words.get(i + 1).map(|n| n.0 >= e + 2).unwrap_or(true);
        // (in a run, a year before another header word ends its label: w3m and links
        // at 80 columns pack `Realisatie 2022 Stand slotwet 2023`, `Realisatie 2022
        // slotwet` one space apart; `2024 (1)` goes on)
        // (`Begroting 2023 na wijziging`: the stage after the year is its label's)
        // (or `wijziging` wrapped onto the line below: `2023 na` / `wijziging`)
        let amended = words
            .get(i + 1)
            .is_some_and(|n| n.2.eq_ignore_ascii_case("na") && n.0 == e + 1)
            && words
                .get(i + 2)
                .is_none_or(|n| is_amendment_word(&n.2) || n.0 >= words[i + 1].1 + 2);
        let next_label = year_token(w).is_some()
            && !amended
            && words.get(i + 1).is_some_and(|n| {
                (is_header_word(&n.2) || is_period_word(&n.2)) && !arith_label(&n.2)
            });
        // (one space apart throughout, a phase that opens a label starts a new column
        // after a label without a year: lynx and w3m print `Begroting 2024 Realisatie
        // t/m april Prognose 2024` so)
        let next_opens = words
            .get(i + 1)
            .is_some_and(|n| opens_label(&n.2) && !modifies_next(w));
        // (a year and the number of its column one space after it are one label:
        // `2024 (1)`)
        let numbered_next = words.get(i + 1).is_some_and(|n| {
            let b = n.2.as_bytes();
            b.len() >= 3
                && b[0] == b'('
                && b[b.len() - 1] == b')'
                && b[1..b.len() - 1].iter().all(u8::is_ascii_digit)
        });
        // (one space apart throughout, `Begroting 2019 na wijziging Rekening 2019`:
        // the amendment after the year is the label's, and closes it unless a year
        // follows it, `Begroting na wijziging 2019`)
        let amendment_closes = i > 0
            && is_amendment_word(w)
            && words[i - 1].2.eq_ignore_ascii_case("na")
            && words.get(i + 1).is_none_or(|n| year_token(&n.2).is_none());
        let closes = if spaced {
            next_gap || next_label
        } else {
            (year_token(w).is_some() && !numbered_next && !amended)
                || amendment_closes
                || i + 1 == words.len()
                || next_opens
        };
        if closes {
            cols.extend(open.take());
        }
    }
    if cols.len() >= 2 && cols.len() <= 20 {
        Some(cols)
    } else {
        None
    }
}

/// A unit of one word in parentheses after a label's year: `(€)`, `(%)`, `(fte)`.
fn paren_unit(w: &str) -> bool {
    let b = w.as_bytes();
    (3..=8).contains(&b.len())
        && b[0] == b'('
        && b[b.len() - 1] == b')'
        && !b.iter().any(u8::is_ascii_digit)
}

/// A word of a free label before its year: letters, `-` and `.` (`Kostprijs`,
/// `gem.`).
fn label_word(w: &str) -> bool {
    w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
}

/// Whether `text` parts into runs at gaps of two or more spaces, at least two, each
/// one to three words of letters (the label), a year, and perhaps a unit in
/// parentheses (`Kostprijs 2021 (€)   Leges 2022 (€)   Volume 2022`). (No
/// allocation: asked of every line with a digit and a double space.)
fn free_labelled_runs(text: &str) -> bool {
    // (a line without a run of spaces inside is one run: prose, mostly)
    if !text.trim().as_bytes().windows(2).any(|w| w == b"  ") {
        return false;
    }
    let mut runs = 0;
    for run in text.split("  ") {
        let run = run.trim();
        if run.is_empty() {
            continue;
        }
        // (a unit of one word, `(€)`, or of up to four, `(€ per uur)`, `(x € 1.000)`,
        // as [`free_year_groups`] reads them)
        let unit = run
            .ends_with(')')
            .then(|| run.rfind(" ("))
            .flatten()
            .filter(|&p| {
                let u = &run[p + 1..];
                let words = u.split(' ').count();
                u.len() <= 20 && words <= 4 && (words > 1 || paren_unit(u))
            });
        let run = unit.map_or(run, |p| &run[..p]);
        let mut toks = run.split(' ').filter(|w| !w.is_empty());
        let body = toks.clone().count();
        if !(2..=4).contains(&body) {
            return false;
        }
        let words_ok = toks.by_ref().take(body - 1).all(label_word);
        if !words_ok || toks.next().is_none_or(|y| year_token(y).is_none()) {
            return false;
        }
        runs += 1;
    }
    runs >= 2
}

fn pure_year_line(text: &str) -> Option<Vec<YearCol>> {
    let mut cols = Vec::new();
    let mut col = 0usize;
    let mut cur: Option<(usize, String)> = None;
    let flush = |cur: &mut Option<(usize, String)>, end: usize, cols: &mut Vec<YearCol>| -> bool {
        if let Some((s, w)) = cur.take() {
            let y = year_token(&w);
            match y {
                Some((y, t)) => cols.push(YearCol {
                    start: s,
                    end,
                    year: Some(y),
                    text: t,
                }),
                None if arith_label(&w) => cols.push(YearCol {
                    start: s,
                    end,
                    year: None,
                    text: w,
                }),
                // a footnote mark one space after a year (`2023 *`, `2023 1)`) is
                // its column's
                None if super::is_mark_word(&w)
                    && cols
                        .last()
                        .is_some_and(|p: &YearCol| p.year.is_some() && p.end + 1 == s) =>
                {
                    if let Some(p) = cols.last_mut() {
                        p.end = end;
                    }
                }
                None => return false,
            }
        }
        true
    };
    for c in text.chars() {
        if c.is_whitespace() {
            if !flush(&mut cur, col, &mut cols) {
                return None;
            }
        } else {
            match &mut cur {
                Some((_, w)) => w.push(c),
                None => cur = Some((col, c.to_string())),
            }
        }
        col += 1;
    }
    if !flush(&mut cur, col, &mut cols) {
        return None;
    }
    // a year and the number of its column one space apart are one label: `2024 (1)`
    // (an arithmetic header's `(3)=(2)-(1)` names the columns so)
    let mut merged: Vec<YearCol> = Vec::with_capacity(cols.len());
    for c in cols {
        if let Some(p) = merged.last_mut() {
            let numbered = c.text.len() >= 3
                && c.text.starts_with('(')
                && c.text.ends_with(')')
                && c.text[1..c.text.len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_digit());
            if p.year.is_some() && p.end + 1 == c.start && numbered {
                p.text = format!("{} {}", p.text, c.text);
                p.end = c.end;
                continue;
            }
        }
        merged.push(c);
    }
    let cols = merged;
    if cols.len() >= 2 && cols.len() <= 20 {
        Some(cols)
    } else {
        None
    }
}

/// `(1)`, `(2)`, `(3)=(2)-(1)`, `(4)=(1)+(2)`: labels of computed columns.
/// Is a column's text all column numbers (`(1)`, `(3)=(2)-(1)`)?
pub fn is_arith_text(t: &str) -> bool {
    !t.trim().is_empty() && t.split_whitespace().all(arith_label)
}

fn arith_label(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b[0] == b'('
        && b[1].is_ascii_digit()
        && w.chars()
            .all(|c| c.is_ascii_digit() || "()=+-–".contains(c))
        && w.matches('(').count() == w.matches(')').count()
}

/// `2021`, `2021¹`, `2021*` -> (2021, `2021`).
/// The years of a line printed under the header words of their columns, when a
/// narrow column wraps its label (elinks: `Streefwaarde` / `2023`): every word of
/// `text` a year that overlaps, by char position, a column of `cols` without a year
/// (each column once). Returns (column index, year, year as printed); None when
/// any word is not such a year, or the line is empty.
pub fn wrapped_header_years(text: &str, cols: &[YearCol]) -> Option<Vec<(usize, i32, String)>> {
    let mut out: Vec<(usize, i32, String)> = Vec::new();
    let mut col = 0;
    for w in text.split(' ') {
        let (s, e) = (col, col + w.chars().count());
        col = e + 1;
        if w.is_empty() {
            continue;
        }
        let (y, printed) = year_token(w)?;
        let c = cols
            .iter()
            .position(|c| c.year.is_none() && !c.text.is_empty() && c.start <= e && s <= c.end)?;
        if out.iter().any(|o| o.0 == c) {
            return None;
        }
        out.push((c, y, printed));
    }
    (!out.is_empty()).then_some(out)
}

/// The lower line of a two-line header whose labels wrapped in their columns, years
/// and words mixed (`Realisatie   Begroting 2024   Begroting 2024   Verschil` over
/// `2023   primitief   na wijziging`; the last column has no lower part): each run
/// of `text` (runs part at two spaces) lies under one column of `cols`, each column
/// takes one run at most, and a run is a year (for a column without one) or header
/// words. Returns (column index, year and year as printed, or None for words, the
/// run's text); None when any run is neither or lies under no column or two, when
/// no run is a year, or when a column above a run has no words (phases under a line
/// of years are read as such).
pub fn wrapped_header_parts(
    text: &str,
    cols: &[YearCol],
) -> Option<Vec<(usize, Option<i32>, String)>> {
    let mut out: Vec<(usize, Option<i32>, String)> = Vec::new();
    for (s, e, run) in runs(text) {
        let mut under = cols
            .iter()
            .enumerate()
            .filter(|(_, c)| c.text.contains(char::is_alphabetic) && c.start <= e && s <= c.end);
        let (c, col) = under.next()?;
        if under.next().is_some() || out.iter().any(|o| o.0 == c) {
            return None;
        }
        let year = match year_token(&run) {
            Some((y, _)) if col.year.is_none() => Some(y),
            Some(_) => return None,
            None => {
                let words = run
                    .split_whitespace()
                    .all(|w| is_header_word(w) || HEADER_JOINS.contains(&w));
                if !words {
                    return None;
                }
                None
            }
        };
        out.push((c, year, run));
    }
    out.iter().any(|o| o.1.is_some()).then_some(out)
}

/// A line of column labels one space apart, each a phase and the words that go on
/// it (`Begroting na wijz. Realisatie Verschil Realisatie`, lynx under a line of
/// years): a capitalised header word opens a label unless a qualifier stands before
/// it (`Vastgestelde Begroting`); header words in lower case, `na wijz.` and `en` go
/// on the open one. Each label's (char start, char end, byte start, byte end); None
/// for any other word, or fewer than two labels.
pub fn phase_phrases(text: &str) -> Option<Vec<(usize, usize, usize, usize)>> {
    let mut out: Vec<(usize, usize, usize, usize)> = Vec::new();
    let (mut chars, mut bytes) = (0, 0);
    let mut prev = "";
    for w in text.split(' ') {
        let n = w.chars().count();
        if !w.is_empty() {
            let head = is_header_word(w);
            let opens = head && w.starts_with(char::is_uppercase) && !modifies_next(prev);
            if opens || out.is_empty() {
                if !head {
                    return None;
                }
                out.push((chars, chars + n, bytes, bytes + w.len()));
            } else if head || HEADER_JOINS.contains(&w) {
                let last = out.last_mut()?;
                last.1 = chars + n;
                last.3 = bytes + w.len();
            } else {
                return None;
            }
            prev = w;
        }
        chars += n + 1;
        bytes += w.len() + 1;
    }
    (out.len() >= 2).then_some(out)
}

/// The lower line of a header whose labels wrapped in their columns, header words
/// only (`na wijz.` under `Begroting` of `Begroting   Realisatie   Verschil`): each
/// run under one column of `cols`, one run a column at most. Returns (column index,
/// the run's text); None when a run is no header words or lies under no column or
/// two.
pub fn wrapped_header_words(text: &str, cols: &[YearCol]) -> Option<Vec<(usize, String)>> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (s, e, run) in runs(text) {
        let mut under = cols
            .iter()
            .enumerate()
            .filter(|(_, c)| c.start <= e && s <= c.end);
        let (c, _) = under.next()?;
        let words = run
            .split_whitespace()
            .all(|w| is_header_word(w) || HEADER_JOINS.contains(&w));
        if !words || under.next().is_some() || out.iter().any(|o| o.0 == c) {
            return None;
        }
        out.push((c, run));
    }
    (!out.is_empty()).then_some(out)
}

/// The columns of `cols` with each label of header words and a year one space after
/// (`Basiswaarde 2021`) split in two, when a year of the line under them (`text`)
/// stands under the header words: the words wrapped their own year below, and the
/// year beside them heads the next column. None when no column splits.
pub fn split_packed_years(text: &str, cols: &[YearCol]) -> Option<Vec<YearCol>> {
    let mut below: Vec<(usize, usize)> = Vec::new();
    let mut col = 0;
    for w in text.split(' ') {
        let (s, e) = (col, col + w.chars().count());
        col = e + 1;
        if year_token(w).is_some() {
            below.push((s, e));
        }
    }
    let mut out = Vec::with_capacity(cols.len() + 1);
    let mut split = false;
    for c in cols {
        if let Some((head, last)) = c.text.rsplit_once(' ') {
            let head_end = c.start + head.chars().count();
            let words = c.year.is_some()
                && year_token(last).is_some()
                && head.split(' ').all(is_header_word);
            if words && below.iter().any(|&(s, e)| s < head_end && e > c.start) {
                out.push(YearCol {
                    start: c.start,
                    end: head_end,
                    year: None,
                    text: head.to_string(),
                });
                out.push(YearCol {
                    start: head_end + 1,
                    end: c.end,
                    year: year_token(last).map(|y| y.0),
                    text: last.to_string(),
                });
                split = true;
                continue;
            }
        }
        out.push(c.clone());
    }
    split.then_some(out)
}

fn year_token(w: &str) -> Option<(i32, String)> {
    // four leading ASCII digits or none (what follows checks the same, after a copy)
    let lead = w.bytes().take_while(u8::is_ascii_digit).count();
    if lead != 4 {
        // a date heads a column of its year too (a balance sheet: `31-12-2023`; at
        // least 8 bytes, a dash or slash after the day)
        if (1..=2).contains(&lead) && w.len() >= 8 && matches!(w.as_bytes()[lead], b'-' | b'/') {
            return date_year(w).map(|y| (y, w.to_string()));
        }
        return None;
    }
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let mut rest = &w[digits.len()..];
    let y: i32 = digits.parse().ok()?;
    // a school or academic year: `2020/2021`, `2022/23`, `2021-2022` (the column's
    // year is the first)
    let mut text = digits.clone();
    if let Some(r) = rest.strip_prefix(['/', '-', '–']) {
        let next: String = r.chars().take_while(char::is_ascii_digit).collect();
        // (or, with a dash, any two years near each other: a change between them,
        // `2022-2021`, or a span, `2020-2022`)
        let dash = !rest.starts_with('/');
        let follows = match next.len() {
            4 => next
                .parse::<i32>()
                .ok()
                .is_some_and(|n| n == y + 1 || (dash && n != y && (n - y).abs() <= 10)),
            2 => next.parse::<i32>().ok() == Some((y + 1) % 100),
            _ => false,
        };
        if !follows {
            return None;
        }
        text = w[..digits.len() + 1 + next.len()].to_string();
        rest = &r[next.len()..];
    }
    if digits.len() != 4 || !rest.chars().all(|c| "¹²³⁴⁵⁶⁷⁸⁹*".contains(c)) {
        return None;
    }
    // a mark after the year (`2024*`, `2023¹`) is kept: the label as printed, as
    // the flat reader keeps it
    if (1900..=2100).contains(&y) {
        text.push_str(rest);
        Some((y, text))
    } else {
        None
    }
}

/// Words of upper header levels: phases and their qualifiers.
/// `HEADER_WORDS.contains(&w.to_lowercase())`, without the copy for an ASCII word: its
/// lowercase is its ASCII lowercase, equal to a (lowercase, a test holds) header word
/// exactly when the two are equal ignoring ASCII case.
fn is_header_word(w: &str) -> bool {
    if w.is_ascii() {
        // (by the first byte and the length most words are ruled out at once; a test
        // holds the initials to the list)
        let first = w.as_bytes().first().map(|b| b | 0x20);
        let Some(first) = first.filter(|b| HEADER_INITIALS.contains(b)) else {
            return false;
        };
        if w.len() > HEADER_WORD_MAX {
            return false;
        }
        // (only words of its length can equal it: a few, tried by their first byte)
        HEADER_WORDS_BY_LEN[w.len()]
            .iter()
            .any(|h| h.as_bytes()[0] == first && h.as_bytes().eq_ignore_ascii_case(w.as_bytes()))
    } else {
        let l = w.to_lowercase();
        HEADER_WORDS.contains(&l.as_str()) || STAGE_WORDS.contains(&l.as_str())
    }
}

/// A capitalised phase that begins a column's label (`Realisatie`, `Prognose`,
/// `Verschil`), not one that follows a qualifier (`Vastgestelde Begroting`).
fn opens_label(w: &str) -> bool {
    const OPENERS: &[&str] = &[
        "realisatie",
        "prognose",
        "verschil",
        "mutatie",
        "raming",
        "ontwerpbegroting",
        "streefwaarde",
        "norm",
    ];
    w.starts_with(char::is_uppercase) && OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o))
}

/// A word that qualifies the next one in a column label (`Vastgestelde`, `Stand`, `1e`,
/// `en`): a phase after it goes on the same label.
fn modifies_next(w: &str) -> bool {
    const QUALIFIERS: &[&str] = &[
        "vastgestelde",
        "vastgesteld",
        "oorspronkelijke",
        "oorspronkelijk",
        "stand",
        "suppletoire",
        "verwachte",
        "verwacht",
        "ontwerp",
        "1e",
        "2e",
        "na",
        "vóór",
        "en",
        "t.o.v.",
        "tov",
    ];
    // (the list's one non-ASCII word, `vóór`, differs from its capital in ASCII only)
    QUALIFIERS
        .iter()
        .chain(STAGE_WORDS)
        .any(|q| w.eq_ignore_ascii_case(q))
}

/// A word of a period before a column's year: a month or a range of months (`jan-apr
/// 2023`, `januari–april`, `t/m april`), a quarter, half or third of the year (`Q1`,
/// `1e kwartaal`, `eerste helft`, `2e tertaal`). Four-monthly and quarterly reports
/// head their columns so.
pub(super) fn is_period_word(w: &str) -> bool {
    // (every period word begins with one of these bytes, in either case: most words
    // are ruled out by the first)
    let gate = |b: u8| {
        matches!(
            b | 0x20,
            b'a' | b'd'
                | b'e'
                | b'f'
                | b'h'
                | b'j'
                | b'k'
                | b'm'
                | b'n'
                | b'o'
                | b'p'
                | b'q'
                | b's'
                | b't'
                | b'u'
                | b'v'
                | b'1'..=b'4'
        )
    };
    if !w.as_bytes().first().is_some_and(|&b| gate(b)) || w.len() > 24 {
        return false;
    }
    let w = w.trim_end_matches([',', ':']);
    // (`–` is three bytes, the first 0xE2: most words have none)
    let dash = w.bytes().any(|b| b == b'-' || b == b'/')
        || (w.as_bytes().contains(&0xe2) && w.contains('–'));
    if dash && !w.eq_ignore_ascii_case("t/m") {
        // a range of months: `jan-apr`, `januari–april`
        return w
            .split(['-', '–', '/'])
            .all(|m| period_word_of(m.trim_end_matches('.'), true));
    }
    period_word_of(w.trim_end_matches('.'), false)
}

/// Is `w` a month (`months_only`) or any period word? The candidates are chosen by
/// the first byte, so most words are ruled out at once; a word with chars other
/// than ASCII is lowercased first.
fn period_word_of(w: &str, months_only: bool) -> bool {
    if w.len() < 2 || w.len() > 9 {
        return false;
    }
    let lower: std::borrow::Cow<'_, str> = if w.is_ascii() {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    };
    let (months, others): (&[&str], &[&str]) = match lower.as_bytes()[0] | 0x20 {
        b'j' => (&["januari", "jan", "juni", "jun", "juli", "jul"], &[]),
        b'f' => (&["februari", "feb"], &[]),
        b'm' => (&["maart", "mrt", "mar", "mei"], &["met"]),
        b'a' => (&["april", "apr", "augustus", "aug"], &[]),
        b's' => (&["september", "sep", "sept"], &[]),
        b'o' => (&["oktober", "okt"], &[]),
        b'n' => (&["november", "nov"], &[]),
        b'd' => (&["december", "dec"], &["derde"]),
        b't' => (&[], &["t/m", "tm", "tot", "tweede"]),
        b'h' => (&[], &["h1", "h2"]),
        b'e' => (&[], &["eerste"]),
        b'v' => (&[], &["vierde"]),
        // (a stock at the year's end: `ultimo 2023`)
        b'u' => (&[], &["ultimo"]),
        b'q' => (&[], &["q1", "q2", "q3", "q4"]),
        b'1'..=b'4' => (&[], &["1e", "2e", "3e", "4e"]),
        _ => return false,
    };
    months.iter().any(|x| lower.eq_ignore_ascii_case(x))
        || (!months_only && others.iter().any(|x| lower.eq_ignore_ascii_case(x)))
}

/// A column label naming a period and its year (`jan-apr 2023`, `1e kwartaal 2024`,
/// `t/m april 2024`): period words, then the year last. The column's year is that year.
pub(super) fn is_period_label(t: &str) -> bool {
    // (the year last: most lines are ruled out by their last word)
    if t.split_whitespace()
        .next_back()
        .is_none_or(|w| year_token(w).is_none())
    {
        return false;
    }
    let mut words = t.split_whitespace().peekable();
    let mut n = 0;
    let mut last = "";
    let mut prev = "";
    while let Some(w) = words.next() {
        if words.peek().is_none() {
            last = w;
            break;
        }
        // (a day before its month: `31 december 2023`)
        let day = n == 0 && is_day(w) && words.peek().is_some_and(|m| period_word_of(m, true));
        let noun = period_noun_after(prev, w);
        if !(day || noun || is_period_word(w) || (n > 0 && w == "en")) {
            return false;
        }
        prev = w;
        n += 1;
    }
    // (or a date alone: `31-12-2023`)
    match year_token(last) {
        Some(_) if n > 0 => true,
        Some(_) => date_year(last).is_some(),
        None => false,
    }
}

/// A part of the year after its ordinal (`1e kwartaal`, `eerste helft`, `2e
/// tertaal`): alone, `Kwartaal` or `Periode` heads the label column.
fn period_noun_after(prev: &str, w: &str) -> bool {
    const NOUNS: &[&str] = &["kwartaal", "helft", "halfjaar", "tertaal", "periode"];
    const ORDINALS: &[&str] = &[
        "1e", "2e", "3e", "4e", "eerste", "tweede", "derde", "vierde",
    ];
    NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n))
        && ORDINALS.iter().any(|o| prev.eq_ignore_ascii_case(o))
}

/// A part of the year as a column's head, a letter and its number: a quarter (`K1`
/// to `K4`, `Q1` to `Q4`), a third (`T1` to `T3`), a half (`H1`, `H2`).
pub(super) fn is_part_of_year(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        [b'K' | b'Q', b'1'..=b'4'] | [b'T', b'1'..=b'3'] | [b'H', b'1'..=b'2']
    )
}

/// The number after a part of the year's noun (`Kwartaal 1`, `Tertaal 3`,
/// `Halfjaar 2`): `w` is 1 to 4 and `prev` ends in such a noun.
pub(super) fn part_number_after(prev: &str, w: &str) -> bool {
    const NOUNS: &[&str] = &["kwartaal", "tertaal", "tertiaal", "halfjaar", "periode"];
    let noun = prev.rsplit(' ').next().unwrap_or(prev);
    matches!(w.as_bytes(), [b'1'..=b'4']) && NOUNS.iter().any(|n| noun.eq_ignore_ascii_case(n))
}

/// `1` to `31`: a day of the month.
pub(super) fn is_day(w: &str) -> bool {
    (1..=2).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// The year of a date written with digits: `31-12-2023`, `1/1/2024` (day, month, year).
pub(super) fn date_year(w: &str) -> Option<i32> {
    let mut parts = w.split(['-', '/']);
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let month = (1..=2).contains(&m.len())
        && m.bytes().all(|b| b.is_ascii_digit())
        && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m));
    if parts.next().is_some() || !is_day(d) || !month || y.len() != 4 {
        return None;
    }
    // (a balance sheet's or a period report's date: a month's first or last day,
    // `31-12-2023`, `1-1-2024`, `30-04-2024`; other dates are a row's values,
    // `15-03-2022`)
    let (d, m): (u8, u8) = (d.parse().ok()?, m.parse().ok()?);
    let y = y
        .parse::<i32>()
        .ok()
        .filter(|y| (1900..=2100).contains(y))?;
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let last = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (d == 1 || d == last).then_some(y)
}

/// The year of a date that closes a label, in digits or written out (`Stand
/// 31-12-2023`, `Stand per 1 januari 2023`, `Saldo 31 dec. 2023`).
pub(super) fn closing_date_year(l: &str) -> Option<i32> {
    l.trim_end()
        .rsplit(' ')
        .next()
        .and_then(date_year)
        .or_else(|| written_date(l).map(|d| d.1))
}

/// A month's name or its abbreviation: `januari`, `dec`, `Sept`.
pub(super) fn is_month_word(w: &str) -> bool {
    period_word_of(w.trim_end_matches('.'), true)
}

/// A date written out at the end of a label (`Stand per 31 december 2023`, `Saldo 1
/// jan. 2024`): the byte where its day starts and its year.
pub(super) fn written_date(l: &str) -> Option<(usize, i32)> {
    let l = l.trim_end();
    let (rest, y) = l.rsplit_once(' ')?;
    let (rest, m) = rest.trim_end().rsplit_once(' ')?;
    let (rest, d) = match rest.trim_end().rsplit_once(' ') {
        Some((r, d)) => (r, d),
        None => ("", rest.trim_end()),
    };
    let year = (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
        .then(|| y.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))?;
    (is_day(d) && period_word_of(m.trim_end_matches('.'), true)).then_some((rest.len(), year))
}

/// The first bytes (ASCII, lowercase) of [`HEADER_WORDS`] and their longest length.
const HEADER_INITIALS: &[u8] = b"abcdfghjkmnoprstuvw12";
const HEADER_WORD_MAX: usize = 16;

/// [`HEADER_WORDS`] and [`STAGE_WORDS`] by their length in bytes, for
/// [`is_header_word`]: an ASCII word equals a header word ignoring ASCII case only
/// when their lengths are equal.
static HEADER_WORDS_BY_LEN: std::sync::LazyLock<[Vec<&'static str>; HEADER_WORD_MAX + 1]> =
    std::sync::LazyLock::new(|| {
        let mut by_len: [Vec<&'static str>; HEADER_WORD_MAX + 1] = Default::default();
        for h in HEADER_WORDS.iter().chain(STAGE_WORDS) {
            by_len[h.len()].push(h);
        }
        by_len
    });

/// A municipality's or province's budget stages, qualifiers of `begroting`
/// (`Primitieve begroting`, `Actuele begroting`): header words that need a noun.
const STAGE_WORDS: &[&str] = &[
    "primitieve",
    "primitief",
    "gewijzigde",
    "gewijzigd",
    "actuele",
    "bijgestelde",
    "bijgesteld",
    "definitieve",
    "herziene",
];

const HEADER_WORDS: &[&str] = &[
    "realisatie",
    "realisaties",
    "begroting",
    "vastgestelde",
    "vastgesteld",
    "ontwerpbegroting",
    "ontwerp",
    "oorspronkelijke",
    "oorspronkelijk",
    "suppletoire",
    "raming",
    "ramingen",
    "prognose",
    "stand",
    "slotwet",
    "verschil",
    "mutatie",
    "mutaties",
    "jaarverslag",
    "begroot",
    "werkelijk",
    "verwachte",
    "verwacht",
    "1e",
    "2e",
    "suppl.",
    "supp.",
    "supp",
    // abbreviated in narrow columns (`Real.   Begr.   Vastg. begr.`)
    "real.",
    "begr.",
    "vastg.",
    // a municipality's or agency's accounts (`Jaarrekening 2022   Begroting 2023`)
    "jaarrekening",
    "na",
    "vóór",
    // (and [`STAGE_WORDS`]) `Begroting na wijziging`; a municipality's `Rekening`
    "wijziging",
    "wijz.",
    "wijz",
    "rekening",
    // the kind of year over the columns (`Schooljaar` over `2020/2021 2021/2022`)
    "schooljaar",
    "studiejaar",
    "collegejaar",
    "kalenderjaar",
    "boekjaar",
    "begrotingsjaar",
    // a target over its year (`Streefwaarde 2023`, `Norm 2024`)
    "streefwaarde",
    "norm",
    "normwaarde",
    // a goal over its year (`Doel 2023`)
    "doel",
    "doelwaarde",
    // a baseline over its year (`Basiswaarde 2019`, `Nulmeting 2020`)
    "basiswaarde",
    "nulmeting",
    "referentiewaarde",
    // the column of the rows' footnote marks (`Noot`), last in a jaarverslag's
    // budget table: its marks become the rows' footnotes (`tables::note_column`)
    "noot",
    "noten",
    // a target's status after the values (`Streefwaarde   Realisatie   Status`)
    "status",
    // participles and adjectives that head a column of amounts as its phase does
    // (`Begroot   Gerealiseerd   Verschil`, `Geraamd 2023 Besteed 2023`)
    "gerealiseerd",
    "geraamd",
    "besteed",
    "uitgegeven",
    "feitelijk",
    "toegekend",
];

/// A column after the years that sums or averages them (`2020 2021 2022 Totaal`): a
/// column with no year. (`Totaal` heads rows too: only a year line takes it.)
pub(super) fn is_total_column_word(w: &str) -> bool {
    // (a share of the total too: `Aandeel (%)`, `Aandeel in %`)
    // (and a target's status after them: `Status`, `Gehaald`)
    const WORDS: &[&str] = &["totaal", "cumulatief", "gemiddeld", "gemiddelde", "aandeel"];
    let w = w
        .strip_suffix("(%)")
        .or_else(|| w.strip_suffix("in %"))
        .unwrap_or(w)
        .trim_end();
    w.len() <= 12 && (WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)) || is_status_column_word(w))
}

/// The heading of a column after the years that holds a target's status (`Status`,
/// `Gehaald?`): its cells are words.
pub(super) fn is_status_column_word(w: &str) -> bool {
    const WORDS: &[&str] = &["status", "gehaald", "gehaald?", "behaald", "behaald?"];
    WORDS.iter().any(|x| w.trim().eq_ignore_ascii_case(x)) || is_verdict_column_word(w)
}

/// The heading of a column that codes each row in a letter or a word, after its
/// amounts: one-letter codes parted by slashes (`V/N` voordeel or nadeel, `I/S`
/// incidenteel or structureel, `N / V`), or the verdict spelled out (`Oordeel`,
/// `Voordeel/nadeel`, `voor-/nadeel`). Its cells are words (`N`, `voordeel`).
pub(super) fn is_verdict_column_word(w: &str) -> bool {
    let w: String = w.chars().filter(|c| !c.is_whitespace()).collect();
    let w = w.to_lowercase();
    let letters = w.split('/').collect::<Vec<_>>();
    if (2..=3).contains(&letters.len())
        && letters
            .iter()
            .all(|l| l.chars().count() == 1 && l.chars().all(char::is_alphabetic))
    {
        return true;
    }
    const WORDS: &[&str] = &[
        "oordeel",
        "voordeel/nadeel",
        "nadeel/voordeel",
        "voor-/nadeel",
        "voordelig/nadelig",
        "nadelig/voordelig",
    ];
    WORDS.contains(&w.as_str())
}

/// Words that join header words inside one label (`Verschil realisatie en
/// begroting`, `Mutatie t.o.v. begroting`): header words only beside others.
const HEADER_JOINS: &[&str] = &["en", "t.o.v.", "tov"];

/// pdftotext without `-layout` breaks a header of several labelled columns into
/// short chunks, one or two words a line (`Vastgestelde` / `begroting 2022` /
/// `Realisatie` / `2022 Verschil` / `Realisatie` / `2021`): from line `i`, two to
/// eight lines of header words and years, at most 48 bytes each, that read as one
/// labelled year line of two or more columns, two of them with a year. Returns the
/// last chunk's index and the columns (positions of the joined line: plain text).
pub fn stacked_header(
    lines: &[crate::tables::TextLine<'_>],
    i: usize,
) -> Option<(usize, Vec<YearCol>)> {
    let chunk = |t: &str| {
        // (by bytes: most lines are ruled out by their length alone)
        let t = t.trim();
        !t.is_empty()
            && t.len() <= 48
            && t.split_whitespace().all(|w| {
                // (a year opens with a digit; the words' tests are the cheaper)
                let b = w.as_bytes();
                if b[0].is_ascii_digit() {
                    b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit) && year_token(w).is_some()
                } else {
                    is_header_word(w) || HEADER_JOINS.contains(&w) || is_period_word(w)
                }
            })
    };
    // (only where a run of chunks begins, with a word: a line of one-cell-per-line
    // text, `2022` or `Realisatie`, is looked at once, not once per line of its run)
    if !lines.get(i).is_some_and(|l| chunk(l.text))
        || (i > 0 && chunk(lines[i - 1].text))
        || lines[i]
            .text
            .split_whitespace()
            .any(|w| year_token(w).is_some())
    {
        return None;
    }
    let mut k = i + 1;
    while k < lines.len() && k - i < 8 && chunk(lines[k].text) {
        k += 1;
    }
    // (the longest run that reads so: a section's label under the header, `Baten`,
    // may look like a chunk)
    while k - i >= 2 {
        let joined = lines[i..k]
            .iter()
            .map(|l| l.text.trim())
            .collect::<Vec<_>>()
            .join(" ");
        // (a header line of its own over its years is read as it is: no chunk holds
        // two years)
        let most = lines[i..k]
            .iter()
            .map(|l| {
                l.text
                    .split_whitespace()
                    .filter(|w| year_token(w).is_some())
                    .count()
            })
            .max()
            .unwrap_or(0);
        if let Some(cols) = labelled_year_line(&joined) {
            if cols.len() >= 2 && cols.iter().filter(|c| c.year.is_some()).count() >= 2 && most < 2
            {
                return Some((k - 1, cols));
            }
        }
        k -= 1;
    }
    None
}

/// Is `text` a line of upper header words only (`Realisatie Vastgestelde`, `begroting`)?
pub fn header_words_line(text: &str) -> bool {
    let mut n = 0;
    let mut joined = false;
    for w in text.split_whitespace() {
        let ok = if w.is_ascii() {
            // ASCII case folding leaves `,` and `:` alone, so trimming first is the same
            is_header_word(w.trim_matches(|c: char| c == ',' || c == ':'))
        } else {
            let l = w.to_lowercase();
            HEADER_WORDS.contains(&l.trim_matches(|c: char| c == ',' || c == ':'))
        };
        // a rule under a spanning label beside other labels (`begroting   -------`)
        if !ok && is_rule_word(w) {
            continue;
        }
        // a department's or fund's acronym beside header words (`Begroting OCW`,
        // `Raming BZK`): counted as no header word of its own
        if !ok && (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        if !ok {
            // `en` joining header words (at a line's edge when a wrap broke the
            // label there: `realisatie en` / `begroting`), never two in a row
            if !joined && HEADER_JOINS.contains(&w) {
                joined = true;
                continue;
            }
            return false;
        }
        joined = false;
        n += 1;
    }
    // (`Status` or `Noot` alone is a heading: those head a column beside others)
    n > 1
        || (n == 1 && {
            let w = text.trim().to_ascii_lowercase();
            !matches!(w.as_str(), "status" | "noot" | "noten")
        })
}

/// A run of three or more rule chars (`-------`, `=====`, `───`).
fn is_rule_word(w: &str) -> bool {
    w.len() >= 3 && w.chars().all(|c| matches!(c, '-' | '_' | '=' | '─' | '—'))
}

/// Is `text` a rule of dashes (`-----`, `---- ------ ----`)? Returns the dash runs as char spans.
pub fn rule_line(text: &str) -> Option<Vec<(usize, usize)>> {
    let t = text.trim();
    if t.len() < 3 || !t.chars().all(|c| c == '-' || c == ' ' || c == '=') {
        return None;
    }
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in text.chars().enumerate() {
        match (c == '-' || c == '=', start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, text.chars().count()));
    }
    Some(runs)
}

/// A phase label group of the upper header: its words and char span (when positions survive).
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// (line order, word order) of its last word: groups nearest the years come last.
    pub last: (usize, usize),
}

/// Qualifiers that need a noun after them (`Vastgestelde` + `begroting`).
fn incomplete(word: &str) -> bool {
    let l = word.to_lowercase();
    STAGE_WORDS.contains(&l.as_str())
        || matches!(
            l.as_str(),
            "vastgestelde"
                | "vastgesteld"
                | "oorspronkelijke"
                | "oorspronkelijk"
                | "ontwerp"
                | "suppletoire"
                | "stand"
                | "verwachte"
                | "1e"
                | "2e"
        )
}

/// Groups the words of the upper header lines.
/// With positions: runs separated by two or more spaces, merged with the group above they overlap.
/// Without: a capitalised word starts a group; a lower-case word completes the nearest open qualifier.
pub fn groups(lines: &[&str], positional: bool) -> Vec<Group> {
    groups_over(lines, positional, &[])
}

/// [`groups`] over the columns `cols`: in positional text a run of words one space
/// apart is also parted before a capitalised word that stands over another column
/// than the word before it (elinks packs narrow columns' labels so: `Realisatie
/// Begroting Realisatie` over `2022   2023   2023`). A label over two columns
/// (`Vastgestelde begroting`) goes on in lower case and stays whole.
pub fn groups_over(lines: &[&str], positional: bool, cols: &[YearCol]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        if positional {
            let parted: Vec<(usize, usize, String)> = runs(line)
                .into_iter()
                .flat_map(|r| part_by_columns(r, cols))
                .flat_map(|r| part_under(r, &out, li))
                .collect();
            for (s, e, text) in parted {
                let hit = out
                    .iter()
                    .position(|g| s < g.end + 1 && g.start < e + 1 && li > g.last.0);
                // a rule under a spanning label shows its reach, and says nothing
                if is_rule_word(&text) {
                    if let Some(k) = hit {
                        out[k].start = out[k].start.min(s);
                        out[k].end = out[k].end.max(e);
                    }
                    continue;
                }
                match hit {
                    Some(k) => {
                        let g = &mut out[k];
                        g.text = format!("{} {}", g.text, text);
                        g.start = g.start.min(s);
                        g.end = g.end.max(e);
                        g.last = (li, 0);
                    }
                    None => out.push(Group {
                        text,
                        start: s,
                        end: e,
                        last: (li, 0),
                    }),
                }
            }
        } else {
            let mut col = 0usize;
            for (wi, w) in line.split_whitespace().enumerate() {
                let capital = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
                let open = out
                    .iter()
                    .rposition(|g| g.text.split_whitespace().last().is_some_and(incomplete));
                if !capital {
                    if let Some(k) = open {
                        let g = &mut out[k];
                        g.text = format!("{} {}", g.text, w);
                        g.last = (li, wi);
                        continue;
                    }
                    if let Some(g) = out.last_mut() {
                        g.text = format!("{} {}", g.text, w);
                        g.last = (li, wi);
                        continue;
                    }
                }
                out.push(Group {
                    text: w.to_string(),
                    start: col,
                    end: col,
                    last: (li, wi),
                });
                col += 1;
            }
        }
    }
    if !positional {
        out.sort_by_key(|g| g.last);
    } else {
        out.sort_by_key(|g| g.start);
    }
    out
}

/// Runs of text separated by two or more spaces: (char start, char end, text).
fn runs(line: &str) -> Vec<(usize, usize, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let s = i;
        let mut e = i;
        while e < chars.len() {
            if chars[e].is_whitespace() {
                let mut k = e;
                while k < chars.len() && chars[k].is_whitespace() {
                    k += 1;
                }
                if k - e >= 2 || k == chars.len() {
                    break;
                }
                e = k;
            } else {
                e += 1;
            }
        }
        // a phase that opens a column of its own, packed after another label with
        // one space (w3m: `Vastgestelde begroting Verschil`), starts a run
        let mut k = s + 1;
        while k < e {
            if chars[k - 1] == ' ' && starts_own_label(&chars[k..e]) {
                e = k - 1;
                break;
            }
            k += 1;
        }
        let text: String = chars[s..e].iter().collect();
        out.push((s, e, text.trim().to_string()));
        i = e;
    }
    out
}

/// Does `rest` start with a capitalised word that opens a column label of its own
/// (`Verschil`, `Mutatie`, `Realisatie`) and is never the second word of one?
fn starts_own_label(rest: &[char]) -> bool {
    let word: String = rest.iter().take_while(|c| c.is_alphabetic()).collect();
    let boundary = rest
        .get(word.chars().count())
        .is_none_or(|c| !c.is_alphanumeric());
    boundary
        && matches!(
            word.as_str(),
            "Verschil" | "Mutatie" | "Afwijking" | "Realisatie" | "Raming" | "Noot" | "Noten"
        )
}

/// The run `(s, e, text)` of line `li` parted before the word where a group of the
/// lines above begins, when that group does not reach over the words before it:
/// elinks packs `Realisatie realisatie en` under `Verschil` (over `realisatie en`
/// only), the second label's words under the group they continue.
fn part_under(
    run: (usize, usize, String),
    above: &[Group],
    li: usize,
) -> Vec<(usize, usize, String)> {
    let (s, e, ref text) = run;
    if !text.contains(' ') {
        return vec![run];
    }
    let mut words: Vec<(usize, usize, &str)> = Vec::new();
    let mut at = s;
    for w in text.split(' ') {
        let we = at + w.chars().count();
        words.push((at, we, w));
        at = we + 1;
    }
    let cut = above
        .iter()
        .filter(|g| g.last.0 < li && g.start < e && s < g.end)
        .filter_map(|g| {
            // the first word that reaches the group; the ones before stay clear of it
            let k = words.iter().position(|&(_, we, _)| we > g.start)?;
            (k >= 1 && words[k - 1].1 <= g.start).then_some(k)
        })
        .min();
    let Some(k) = cut else {
        return vec![run];
    };
    let join = |ws: &[(usize, usize, &str)]| ws.iter().map(|w| w.2).collect::<Vec<_>>().join(" ");
    vec![
        (s, words[k - 1].1, join(&words[..k])),
        (words[k].0, e, join(&words[k..])),
    ]
}

/// The run `(s, e, text)` (char columns) parted before each capitalised word that
/// stands over another column of `cols` than the word before it (see
/// [`groups_over`]).
fn part_by_columns(run: (usize, usize, String), cols: &[YearCol]) -> Vec<(usize, usize, String)> {
    let (s, _, ref text) = run;
    if cols.len() < 2 || !text.contains(' ') {
        return vec![run];
    }
    // the column a word overlaps most, if any
    let over = |ws: usize, we: usize| {
        (0..cols.len())
            .map(|j| (j, we.min(cols[j].end) as i64 - ws.max(cols[j].start) as i64))
            .filter(|&(_, ov)| ov > 0)
            .max_by_key(|&(_, ov)| ov)
            .map(|(j, _)| j)
    };
    let mut out = Vec::new();
    let mut piece_start = s;
    let mut piece = String::new();
    let mut prev_col: Option<usize> = None;
    let mut at = s;
    for w in text.split(' ') {
        let (ws, we) = (at, at + w.chars().count());
        at = we + 1;
        let col = over(ws, we);
        let capital = w.starts_with(char::is_uppercase);
        if !piece.is_empty() && capital && col.is_some() && prev_col.is_some() && col != prev_col {
            out.push((piece_start, ws - 1, std::mem::take(&mut piece)));
            piece_start = ws;
        }
        if !piece.is_empty() {
            piece.push(' ');
        }
        piece.push_str(w);
        prev_col = col.or(prev_col);
    }
    out.push((piece_start, at - 1, piece));
    out
}

/// Assigns each column an upper label. Returns per column the group index (or None)
/// and whether the assignment was a guess.
pub fn spread(groups: &[Group], cols: &[YearCol], positional: bool) -> (Vec<Option<usize>>, bool) {
    let n = cols.len();
    let mut out = vec![None; n];
    if groups.is_empty() || n == 0 {
        return (out, false);
    }
    if groups.len() == 1 {
        // over columns that name their own phases (`Realisatie 2022   slotwet`), a
        // single label is only the columns' it stands over (`Stand` over `slotwet`)
        let g = &groups[0];
        if positional && cols.iter().any(|c| c.text.chars().any(char::is_alphabetic)) {
            let over: Vec<Option<usize>> = cols
                .iter()
                .map(|c| (g.start < c.end && c.start < g.end).then_some(0))
                .collect();
            if over.iter().any(Option::is_some) {
                return (over, false);
            }
        }
        return (vec![Some(0); n], false);
    }
    if positional {
        // each group claims the column it stands over, and spreads right up to the next group
        let mut anchors: Vec<usize> = Vec::new();
        for g in groups {
            let best = (0..n)
                .max_by_key(|&j| {
                    let ov = g.end.min(cols[j].end) as i64 - g.start.max(cols[j].start) as i64;
                    let gc = (g.start + g.end) as i64;
                    let cc = (cols[j].start + cols[j].end) as i64;
                    (ov.max(0), -(gc - cc).abs())
                })
                .unwrap_or(0);
            anchors.push(best);
        }
        if anchors.windows(2).all(|w| w[0] < w[1]) {
            // a label over a column that names itself (`Vastgestelde` over `begroting
            // 2023`) or has no year (`Verschil`) is that column's own upper line; the
            // others span runs of years
            let own = |k: usize| {
                let c = &cols[anchors[k]];
                let under = groups[k].start < c.end && c.start < groups[k].end;
                under && (c.year.is_none() || c.text.chars().any(char::is_alphabetic))
            };
            let spanning: Vec<usize> = (0..groups.len()).filter(|&k| !own(k)).collect();
            if anchors[0] > 0 && !spanning.is_empty() {
                // labels centred over their columns (the first stands over its run's
                // second column): each column goes to the spanning label whose centre
                // is nearest, a column with its own label to that
                for (j, o) in out.iter_mut().enumerate() {
                    let cc = (cols[j].start + cols[j].end) as i64;
                    *o = match (0..groups.len()).find(|&k| own(k) && anchors[k] == j) {
                        Some(k) => Some(k),
                        None => spanning
                            .iter()
                            .copied()
                            .min_by_key(|&k| ((groups[k].start + groups[k].end) as i64 - cc).abs()),
                    };
                }
            } else {
                for (k, &a) in anchors.iter().enumerate() {
                    let stop = anchors.get(k + 1).copied().unwrap_or(n);
                    let from = if k == 0 { 0 } else { a };
                    for o in out.iter_mut().take(stop).skip(from) {
                        *o = Some(k);
                    }
                }
            }
            // a column that names its own phase and has no year (`Verschil` after
            // the years) takes no label it does not stand under
            for (j, o) in out.iter_mut().enumerate() {
                let under = |g: &Group| g.start < cols[j].end && cols[j].start < g.end;
                if cols[j].year.is_none()
                    && phase(&cols[j].text).is_some()
                    && o.is_some_and(|k| !under(&groups[k]))
                {
                    *o = None;
                }
            }
            return (out, false);
        }
    }
    // without positions, a column that names its own phase and has no year
    // (`Verschil` after the years) takes no upper label: the groups are spread over
    // the others
    let own: Vec<usize> = (0..n)
        .filter(|&j| !(cols[j].year.is_none() && phase(&cols[j].text).is_some()))
        .collect();
    if own.len() < n && !own.is_empty() {
        let sub: Vec<YearCol> = own.iter().map(|&j| cols[j].clone()).collect();
        let (o, guess) = spread(groups, &sub, false);
        for (k, &j) in own.iter().enumerate() {
            out[j] = o[k];
        }
        return (out, guess);
    }
    // evidence without positions: runs of years, one per group, each increasing or,
    // printed latest first, decreasing (`2023 2022`); a span of two years (`2023-2022`,
    // a change between them) is a run of its own
    let span = |c: &YearCol| {
        c.text
            .split(|ch: char| !ch.is_ascii_digit())
            .filter(|w| w.len() == 4)
            .count()
            >= 2
    };
    let mut runs = vec![0usize];
    // (a run's direction, set by its first two years)
    let mut down = false;
    for j in 1..n {
        let second = runs.last() == Some(&(j - 1));
        let breaks = span(&cols[j]) != span(&cols[j - 1])
            || match cols[j].year.zip(cols[j - 1].year) {
                None => true,
                Some((a, b)) => {
                    if second {
                        down = a < b;
                    }
                    if down {
                        a >= b
                    } else {
                        a <= b
                    }
                }
            };
        if breaks {
            runs.push(j);
            down = false;
        }
    }
    if runs.len() == groups.len() {
        for (k, &s) in runs.iter().enumerate() {
            let e = runs.get(k + 1).copied().unwrap_or(n);
            for o in out.iter_mut().take(e).skip(s) {
                *o = Some(k);
            }
        }
        return (out, false);
    }
    if groups.len() == n {
        return ((0..n).map(Some).collect(), false);
    }
    // guess: the first group over all but the last columns, one column for each later group
    let tail = groups.len() - 1;
    for (j, o) in out.iter_mut().enumerate() {
        *o = Some(if j + tail >= n {
            groups.len() - (n - j)
        } else {
            0
        });
    }
    (out, true)
}

/// `realisatie`, `begroting`, `raming`, `slotwet`, `verschil`, `mutatie` from a label.
pub fn phase(label: &str) -> Option<String> {
    let l = label.to_lowercase();
    for (w, p) in [
        ("realisatie", "realisatie"),
        ("slotwet", "slotwet"),
        ("verschil", "verschil"),
        ("mutatie", "mutatie"),
        ("raming", "raming"),
        ("prognose", "raming"),
        ("begroting", "begroting"),
        ("begroot", "begroting"),
        ("geraamd", "raming"),
        // a municipality's account of the year (`Rekening 2022`)
        ("rekening", "realisatie"),
        // what was spent (`Gerealiseerd`, `Besteed`, `Uitgegeven`, `Werkelijk`)
        ("gerealiseerd", "realisatie"),
        ("besteed", "realisatie"),
        ("uitgegeven", "realisatie"),
        ("werkelijk", "realisatie"),
        ("feitelijk", "realisatie"),
    ] {
        if l.contains(w) {
            return Some(p.to_string());
        }
    }
    None
}

/// A header line spaced like prose whose labels are words the header vocabulary
/// does not know, each closed by its year and perhaps a unit in parentheses
/// (`Productgroep Kostprijs 2021 (€) Kostprijs 2022 (€) Leges 2022 (€) Volume
/// 2022`, pdftotext without `-layout`): the columns, one per year, each one to three
/// words of letters before it; words before the first column's label (as many more
/// than the second column's label has) are the stub. Returns the stub's byte end
/// and the columns (char positions in `text`). The caller confirms the columns with
/// the rows below: many prose lines read so.
pub fn free_year_groups(text: &str) -> Option<(Option<usize>, Vec<YearCol>)> {
    // (two words of four digits at least, before anything is built)
    let four_digits = |w: &&str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    text.split(' ').filter(four_digits).nth(1)?;
    // (char start, char end, byte end, word)
    let mut toks: Vec<(usize, usize, usize, &str)> = Vec::new();
    let (mut chars, mut bytes) = (0, 0);
    for w in text.split(' ') {
        let n = w.chars().count();
        if !w.is_empty() {
            toks.push((chars, chars + n, bytes + w.len(), w));
        }
        chars += n + 1;
        bytes += w.len() + 1;
    }
    if toks.len() > 24 {
        return None;
    }
    // groups: (first token, year token, last token)
    let mut groups: Vec<(usize, usize, usize)> = Vec::new();
    let mut from = 0;
    let mut k = 0;
    while k < toks.len() {
        if year_token(toks[k].3).is_some() {
            // (a unit of several words in parentheses, `(€ per uur)`, `(x € 1.000)`:
            // up to four tokens from `(` to `)`, at most 20 bytes)
            let spread = || {
                let open = toks.get(k + 1).filter(|t| t.3.starts_with('('))?;
                (k + 1..toks.len().min(k + 5))
                    .find(|&e| toks[e].3.ends_with(')'))
                    .filter(|&e| toks[e].2 - (open.2 - open.3.len()) <= 20)
            };
            let last = if toks.get(k + 1).is_some_and(|t| paren_unit(t.3)) {
                k + 1
            } else {
                spread().unwrap_or(k)
            };
            if k == from || !toks[from..k].iter().all(|t| label_word(t.3)) {
                return None;
            }
            groups.push((from, k, last));
            from = last + 1;
            k = last + 1;
            continue;
        }
        k += 1;
    }
    if groups.len() < 2 || from != toks.len() {
        return None;
    }
    // labels of one to three words; the first's extra words are the stub
    let width = groups[1].1 - groups[1].0;
    if groups[1..].iter().any(|g| g.1 - g.0 > 3) || !(1..=3).contains(&width) {
        return None;
    }
    let first_words = groups[0].1 - groups[0].0;
    if first_words < width || first_words > width + 3 {
        return None;
    }
    // (the others periods, the first no period nor phase: its words are the stub
    // over a bare year, `Product 2023 jan-apr 2024`; `Realisatie 2023 jan-apr 2024`
    // is two labels)
    let periods = |g: &(usize, usize, usize)| toks[g.0..g.1].iter().all(|t| is_period_word(t.3));
    let width = if first_words == width
        && groups[1..].iter().all(periods)
        && !toks[groups[0].0..groups[0].1]
            .iter()
            .any(|t| is_period_word(t.3) || is_header_word(t.3))
    {
        0
    } else {
        width
    };
    let stub = (first_words > width).then(|| toks[groups[0].1 - width - 1].2);
    groups[0].0 = groups[0].1 - width;
    let cols = groups
        .iter()
        .map(|&(a, y, z)| YearCol {
            start: toks[a].0,
            end: toks[z].1,
            year: year_token(toks[y].3).map(|(y, _)| y),
            text: toks[a..=z]
                .iter()
                .map(|t| t.3)
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect();
    Some((stub, cols))
}

/// `wijziging` after `na` in a header, or its abbreviation in a narrow column
/// (`2024 na wijz.`).
pub(super) fn is_amendment_word(w: &str) -> bool {
    ["wijziging", "wijz.", "wijz"]
        .iter()
        .any(|a| w.eq_ignore_ascii_case(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lower line of a wrapped header: a year under a column without one, header
    /// words under another, nothing under the last; a row's label, a year under a
    /// column with its year, or a run under two columns is no such line.
    #[test]
    fn wrapped_header_parts_join_their_columns() {
        let upper = "            Rekening   Begroting 2025   Mutatie";
        let cols = labelled_year_line(upper).unwrap();
        let parts = wrapped_header_parts("                2024        bijgesteld", &cols).unwrap();
        let got: Vec<(usize, Option<i32>, &str)> =
            parts.iter().map(|(c, y, t)| (*c, *y, t.as_str())).collect();
        assert_eq!(got, [(0, Some(2024), "2024"), (1, None, "bijgesteld")]);
        assert!(wrapped_header_parts("Subsidies       2024", &cols).is_none());
        assert!(wrapped_header_parts("                2024        2025", &cols).is_none());
        assert!(
            wrapped_header_parts("                primitief  na wijziging xx", &cols).is_none()
        );
    }

    /// A column of codes or verdicts: letters parted by slashes, or the verdict
    /// spelled out; a word with a slash in it or a unit is none.
    #[test]
    fn verdict_column_headings() {
        for w in [
            "V/N",
            "N/V",
            "I/S",
            "v / n",
            "Oordeel",
            "Voordeel/nadeel",
            "voor-/nadeel",
        ] {
            assert!(is_verdict_column_word(w), "{w}");
            assert!(is_status_column_word(w), "{w}");
        }
        for w in [
            "V", "Saldo", "km/u", "in/uit", "V/N/I/S", "Nadeel", "2023/24",
        ] {
            assert!(!is_verdict_column_word(w), "{w}");
        }
    }

    /// Labels one space apart: a capitalised phase opens one, unless a qualifier
    /// stands before it; `na wijz.` and lower-case header words go on it.
    #[test]
    fn phase_phrases_one_space_apart() {
        let texts = |t: &str| {
            phase_phrases(t).map(|p| {
                p.iter()
                    .map(|s| t[s.2..s.3].to_string())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            texts("   Begroting na wijz. Realisatie Verschil Realisatie").unwrap(),
            ["Begroting na wijz.", "Realisatie", "Verschil", "Realisatie"]
        );
        assert_eq!(
            texts("Vastgestelde Begroting Realisatie").unwrap(),
            ["Vastgestelde Begroting", "Realisatie"]
        );
        // a word of no header, a single label
        assert_eq!(texts("Begroting Sociaal domein"), None);
        assert_eq!(texts("Realisatie"), None);
    }

    /// Header words wrapped under one column each; a run under two, or of other
    /// words, is no such line.
    #[test]
    fn wrapped_header_words_under_their_columns() {
        let cols = [(10, 19), (24, 34), (40, 48)].map(|(start, end)| YearCol {
            start,
            end,
            year: None,
            text: String::new(),
        });
        assert_eq!(
            wrapped_header_words("          na wijz.", &cols),
            Some(vec![(0, "na wijz.".to_string())])
        );
        assert_eq!(
            wrapped_header_words("          na wijziging en begroting", &cols),
            None
        );
        assert_eq!(wrapped_header_words("          Heffingen", &cols), None);
    }

    #[test]
    fn free_labels_closed_by_years() {
        let t = "Productgroep Kostprijs 2021 (€) Kostprijs 2022 (€) Volume 2022";
        let (stub, cols) = free_year_groups(t).unwrap();
        assert_eq!(stub, Some("Productgroep".len()));
        let texts: Vec<&str> = cols.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Kostprijs 2021 (€)", "Kostprijs 2022 (€)", "Volume 2022"]
        );
        assert_eq!(
            &t.chars().skip(cols[1].start).collect::<String>()[..9],
            "Kostprijs"
        );
        // the other labels periods and the first's words none: those are the stub
        let t = "Product 2023 jan-apr 2024";
        let (stub, cols) = free_year_groups(t).unwrap();
        assert_eq!(stub, Some("Product".len()));
        let texts: Vec<&str> = cols.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["2023", "jan-apr 2024"]);
        let (stub, cols) = free_year_groups("Realisatie 2023 jan-apr 2024").unwrap();
        assert_eq!((stub, cols[0].text.as_str()), (None, "Realisatie 2023"));
        let (stub, cols) = free_year_groups("jan-apr 2023 jan-apr 2024").unwrap();
        assert_eq!((stub, cols[0].text.as_str()), (None, "jan-apr 2023"));
        // no stub, two-word labels
        let (stub, cols) = free_year_groups("Aantal zaken 2022 Aantal zaken 2023").unwrap();
        assert_eq!((stub, cols.len()), (None, 2));
        // words after the last year, a number that is no year, a single column, or
        // labels of more than three words: no header
        assert!(free_year_groups("Kosten 2021 Kosten 2022 Verschil").is_none());
        assert!(free_year_groups("Kosten 2021 Kosten 12 Kosten 2022").is_none());
        assert!(free_year_groups("Kosten 2022").is_none());
        assert!(free_year_groups("Kosten 2021 de kosten van het jaar 2022").is_none());
        // a unit of several words in parentheses stays with its column
        let (_, cols) =
            free_year_groups("Product Tarief 2023 (€) Aantal 2024 Opbrengst 2024 (x € 1.000)")
                .unwrap();
        assert_eq!(cols[2].text, "Opbrengst 2024 (x € 1.000)");
        let (_, cols) = free_year_groups("Zone Tarief 2023 (€ per uur) Plaatsen 2024").unwrap();
        assert_eq!(cols[0].text, "Tarief 2023 (€ per uur)");
        assert_eq!(cols.len(), 2);
        // spaced: runs of a label, a year and a unit, whatever the words
        assert!(free_labelled_runs(
            "Tarief 2022 (€)   Tarief 2023 (€)   Aantal 2023"
        ));
        assert!(!free_labelled_runs("Rijbewijs   41,15   42,80   1.212.940"));
        assert!(!free_labelled_runs("Tarief 2022 (€)"));
        // (with units of several words, a rate or a scale)
        assert!(free_labelled_runs(
            "Tarief 2023 (€ per dag)    Opbrengst 2024 (x € 1.000)    Plaatsen 2024"
        ));
        assert!(!free_labelled_runs(
            "Tarief 2023 (zie de toelichting bij dit artikel)    Plaatsen 2024"
        ));
        let cols = year_line("Tarief 2022 (€)   Tarief 2023 (€)   Aantal 2023").unwrap();
        assert_eq!(cols.len(), 3);
        assert_eq!(cols[2].year, Some(2023));
    }

    #[test]
    fn code_column_head_before_the_label_column() {
        assert_eq!(code_before_label("Art.   Omschrijving"), Some((0, 4)));
        assert_eq!(code_before_label("  Art. nr Omschrijving"), None);
        assert_eq!(code_before_label("Art. Omschrijving "), Some((0, 4)));
        // not a code column's head, or no label column's after it
        assert_eq!(code_before_label("Omschrijving"), None);
        assert_eq!(code_before_label("Art.   Beleid"), None);
        // the year line's stub is both heads, spaced or single-spaced
        let (e, cols) = stub_year_line("Art.  Omschrijving      2023      2024").unwrap();
        assert_eq!(e, "Art.  Omschrijving".len());
        assert_eq!(cols.len(), 2);
        let (e, cols) = stub_year_line("Art. Omschrijving 2023 2024").unwrap();
        assert_eq!(e, "Art. Omschrijving".len());
        assert_eq!(
            cols.iter().map(|c| c.year).collect::<Vec<_>>(),
            [Some(2023), Some(2024)]
        );
    }

    #[test]
    fn first_word_as_split_whitespace() {
        for t in [
            "",
            "   ",
            "2021 2022",
            "  Realisatie   2021",
            "\u{a0}\u{a0}Begroting\u{a0}2022",
            "\tjan–apr\t2023",
            "\u{b}\u{c}x\u{1c}y z",
            "\u{2003}één\u{2003}twee",
            "vóór\u{3000}",
            "€",
        ] {
            assert_eq!(first_word(t), t.split_whitespace().next(), "{t:?}");
        }
    }

    #[test]
    fn header_words_are_lowercase() {
        for h in HEADER_WORDS.iter().chain(STAGE_WORDS) {
            assert_eq!(*h, h.to_lowercase());
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// `is_header_word` answers as the lowercased lookup, for header words in any case.
        #[test]
        fn is_header_word_as_lookup(
            h in proptest::sample::select(HEADER_WORDS),
            caps in proptest::num::u32::ANY,
            tail in "[aeéR,:\u{212a}]{0,2}",
        ) {
            let w: String = h
                .chars()
                .enumerate()
                .map(|(k, c)| if caps >> (k % 32) & 1 == 1 { c.to_uppercase().next().unwrap_or(c) } else { c })
                .collect::<String>()
                + &tail;
            let l = w.to_lowercase();
            proptest::prop_assert_eq!(is_header_word(&w), HEADER_WORDS.contains(&l.as_str()) || STAGE_WORDS.contains(&l.as_str()));
        }
    }

    #[test]
    fn header_words_within_their_gate() {
        for h in HEADER_WORDS.iter().chain(STAGE_WORDS) {
            assert!(h.len() <= HEADER_WORD_MAX, "{h}");
            if h.is_ascii() {
                assert!(HEADER_INITIALS.contains(&h.as_bytes()[0]), "{h}");
                assert!(
                    is_header_word(h) && is_header_word(&h.to_uppercase()),
                    "{h}"
                );
            }
        }
        assert!(!is_header_word("Omzet"));
        assert!(is_header_word("vóór"));
    }

    #[test]
    fn header_word_initials_gate() {
        // every capitalised header word passes `plain_stub_end`'s first-byte gate
        for h in HEADER_WORDS.iter().chain(STAGE_WORDS) {
            let cap: String = h
                .chars()
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(h.chars().skip(1))
                .collect();
            if cap.starts_with(char::is_uppercase) {
                let b = cap.as_bytes()[0];
                assert!(!b.is_ascii() || b"RBVOSPMJWNCKDGAHFTU".contains(&b), "{h}");
            }
        }
    }

    #[test]
    fn period_labels() {
        for t in [
            "jan-apr 2023",
            "januari–april 2024",
            "1e kwartaal 2024",
            "Q3 2022",
            "t/m april 2024",
            "januari tot en met april 2023",
            "eerste helft 2021",
        ] {
            assert!(is_period_label(t), "{t}");
        }
        for t in [
            "2023",
            "april",
            "Realisatie 2022",
            "in april 2023",
            "apr-jan 2023 extra",
            "Kwartaal",
        ] {
            assert!(!is_period_label(t), "{t}");
        }
        // a header line of periods and a trailing `Verschil (%)`, one space apart
        let y = year_line("jan-apr 2023 jan-apr 2024 Verschil (%)").unwrap();
        let got: Vec<(&str, Option<i32>)> = y.iter().map(|c| (c.text.as_str(), c.year)).collect();
        assert_eq!(
            got,
            [
                ("jan-apr 2023", Some(2023)),
                ("jan-apr 2024", Some(2024)),
                ("Verschil (%)", None)
            ]
        );
    }

    #[test]
    fn date_columns() {
        assert_eq!(date_year("31-12-2023"), Some(2023));
        assert_eq!(date_year("1/1/2024"), Some(2024));
        assert_eq!(date_year("32-12-2023"), None);
        assert_eq!(date_year("31-13-2023"), None);
        assert_eq!(date_year("31-12-23"), None);
        let y = year_line("31-12-2023 31-12-2022").unwrap();
        let got: Vec<(&str, Option<i32>)> = y.iter().map(|c| (c.text.as_str(), c.year)).collect();
        assert_eq!(
            got,
            [("31-12-2023", Some(2023)), ("31-12-2022", Some(2022))]
        );
        let y = year_line("31 december 2023   31 december 2022").unwrap();
        let got: Vec<(&str, Option<i32>)> = y.iter().map(|c| (c.text.as_str(), c.year)).collect();
        assert_eq!(
            got,
            [
                ("31 december 2023", Some(2023)),
                ("31 december 2022", Some(2022))
            ]
        );
        assert!(is_period_label("31 december 2023"));
        assert!(is_period_label("31-12-2023"));
        assert!(!is_period_label("31 2023"));
        assert!(!is_period_label("12 dossiers 2023"));
    }

    #[test]
    fn phases_one_space_apart_open_columns() {
        // lynx: `Realisatie` opens a column after `Begroting 2024`, `Prognose` after
        // `Realisatie t/m april` (no year)
        let y = year_line("Begroting 2024 Realisatie t/m april Prognose 2024").unwrap();
        let got: Vec<(&str, usize)> = y.iter().map(|c| (c.text.as_str(), c.start)).collect();
        assert_eq!(
            got,
            [
                ("Begroting 2024", 0),
                ("Realisatie t/m april", 15),
                ("Prognose 2024", 36)
            ]
        );
        // a qualifier keeps the phase after it on its label
        let y = year_line("Vastgestelde Begroting 2022 Realisatie 2022 Verschil").unwrap();
        let got: Vec<&str> = y.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            got,
            ["Vastgestelde Begroting 2022", "Realisatie 2022", "Verschil"]
        );
    }

    #[test]
    fn year_lines() {
        let y = year_line("      2019 2020 2021 2022 2022").unwrap();
        assert_eq!(
            y.iter().map(|c| c.year.unwrap()).collect::<Vec<_>>(),
            vec![2019, 2020, 2021, 2022, 2022]
        );
        assert_eq!(y[0].start, 6);
        assert!(year_line("2022").is_none());
        assert!(year_line("Tabel 39 2022 2023").is_none());
        assert!(year_line("2019 2020 12").is_none());
        let a = year_line("   (1)     (2)   (3)=(2)-(1)").unwrap();
        assert_eq!(
            a.iter().map(|c| c.year).collect::<Vec<_>>(),
            vec![None, None, None]
        );
        assert_eq!(a[2].text, "(3)=(2)-(1)");
        assert!(year_line("(a) (b)").is_none());
        // phase and year in one line
        let l = year_line("                Begroting 2022   Realisatie 2022   Verschil").unwrap();
        let t: Vec<_> = l.iter().map(|c| (c.text.as_str(), c.year)).collect();
        assert_eq!(
            t,
            vec![
                ("Begroting 2022", Some(2022)),
                ("Realisatie 2022", Some(2022)),
                ("Verschil", None)
            ]
        );
        assert_eq!(l[0].start, 16);
        let l = year_line("Realisatie 2021 Vastgestelde begroting 2022 Verschil").unwrap();
        let t: Vec<_> = l.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            t,
            vec!["Realisatie 2021", "Vastgestelde begroting 2022", "Verschil"]
        );
        assert!(year_line("Realisatie 2021").is_none());
        let (e, c) = stub_year_line("Bedragen x € 1.000 2021 2022").unwrap();
        assert_eq!(
            (e, c.len(), c[0].start),
            ("Bedragen x € 1.000".len(), 2, 19)
        );
        let (e, c) = stub_year_line("  Omschrijving        2021    2022").unwrap();
        assert_eq!((e, c[1].year), (14, Some(2022)));
        // spaced like prose, a stub that names the label or unit column stands
        // before years alone; another word may be a row whose values are years
        let (e, c) = stub_year_line("Omschrijving 2021 2022").unwrap();
        assert_eq!((e, c.len(), c[0].year), (12, 2, Some(2021)));
        let (e, c) = stub_year_line("  Eenheid 2021 2022 2023 Streefwaarde 2023").unwrap();
        let t: Vec<_> = c.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            (e, t),
            (9, vec!["2021", "2022", "2023", "Streefwaarde 2023"])
        );
        assert!(stub_year_line("Doorlichting 2021 2021").is_none());
        // labels of narrow columns one space apart part where a capitalised word
        // stands over the next column; a label over two columns stays whole
        let cols = year_line("                                         2022      2023       2023")
            .unwrap();
        let g = groups_over(
            &["                                      Realisatie Begroting Realisatie"],
            true,
            &cols,
        );
        let t: Vec<&str> = g.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(t, ["Realisatie", "Begroting", "Realisatie"]);
        let g = groups_over(
            &["                                        Vastgestelde begroting"],
            true,
            &cols,
        );
        assert_eq!(g.len(), 1);
        let (e, c) = stub_year_line("  Eenheid 2021    2022    2023    Streefwaarde").unwrap();
        let t: Vec<&str> = c.iter().map(|c| c.text.as_str()).collect();
        assert_eq!((e, t), (9, vec!["2021", "2022", "2023", "Streefwaarde"]));
        let c = year_line("     Realisatie 2022 slotwet     Ontwerpbegroting 2024").unwrap();
        let t: Vec<&str> = c.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(t, ["Realisatie 2022", "slotwet", "Ontwerpbegroting 2024"]);
        // a packed run of two labels with their years parts after the first year
        let c = year_line("         Realisatie 2022 Stand slotwet 2023   Ontwerpbegroting 2024")
            .unwrap();
        let t: Vec<&str> = c.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            t,
            [
                "Realisatie 2022",
                "Stand slotwet 2023",
                "Ontwerpbegroting 2024"
            ]
        );
        // a run under a group above that begins inside it parts there
        let cols = year_line(
            "                                         2024 (1)     2024 (2)   (3)=(2)-(1)",
        )
        .unwrap();
        let g = groups_over(
            &[
                "                                      Oorspronkelijk              Verschil",
                "                                       vastgestelde  Realisatie realisatie en",
                "                                        begroting                 begroting",
            ],
            true,
            &cols,
        );
        let t: Vec<&str> = g.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(
            t,
            [
                "Oorspronkelijk vastgestelde begroting",
                "Realisatie",
                "Verschil realisatie en begroting"
            ]
        );
        // a narrow column's label wrapped under it: its year on the next line
        let cols = year_line("          Realisatie 2022   Streefwaarde   Raming").unwrap();
        let ys = wrapped_header_years("                              2023", &cols).unwrap();
        assert_eq!(ys, vec![(1, 2023, "2023".to_string())]);
        let ys = wrapped_header_years("                              2023          2024", &cols);
        assert_eq!(ys.map(|v| v.len()), Some(2));
        // under a column that has its year, or between columns, or not a year: no
        assert!(wrapped_header_years("          2022", &cols).is_none());
        assert!(wrapped_header_years("                           2023 x", &cols).is_none());
        assert!(wrapped_header_years("", &cols).is_none());
        assert!(stub_year_line("Omschrijving 2021 is het jaar").is_none());
        // spaced like prose: a stub of words before a capitalised phase word
        let (e, c) =
            stub_year_line("Kengetal Realisatie 2022 Begroting 2023 Realisatie 2023 Verschil")
                .unwrap();
        let t: Vec<_> = c.iter().map(|c| (c.text.as_str(), c.year)).collect();
        assert_eq!(
            (e, t),
            (
                "Kengetal".len(),
                vec![
                    ("Realisatie 2022", Some(2022)),
                    ("Begroting 2023", Some(2023)),
                    ("Realisatie 2023", Some(2023)),
                    ("Verschil", None)
                ]
            )
        );
        let (e, _) = stub_year_line("Omschrijving kosten Begroting 2022 Realisatie 2022").unwrap();
        assert_eq!(e, "Omschrijving kosten".len());
        // not: a row with years as values, one year, a lower-case phase word,
        // a stub of four words or with a number
        assert!(stub_year_line("Doorlichting BLA's 2021 2021").is_none());
        assert!(stub_year_line("Kengetal Realisatie 2022").is_none());
        assert!(stub_year_line("De kosten na 2022 2023").is_none());
        assert!(stub_year_line("Een twee drie vier Realisatie 2022 2023").is_none());
        assert!(stub_year_line("Artikel 3 Realisatie 2022 2023").is_none());
        assert!(year_line("Realisatie van de begroting 2021 2022").is_none());
    }

    #[test]
    fn groups_without_positions() {
        // seed 003: `Realisatie Vastgestelde` / `begroting`
        let g = groups(&["Realisatie Vastgestelde", "begroting"], false);
        let t: Vec<_> = g.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(t, vec!["Realisatie", "Vastgestelde begroting"]);
        // OCR: `Vastgestelde` / `Realisatie begroting`
        let g = groups(&["Vastgestelde", "Realisatie begroting"], false);
        let t: Vec<_> = g.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(t, vec!["Realisatie", "Vastgestelde begroting"]);
        let cols = year_line("2019 2020 2021 2022 2022").unwrap();
        let (s, guessed) = spread(&g, &cols, false);
        assert_eq!(s, vec![Some(0), Some(0), Some(0), Some(0), Some(1)]);
        assert!(!guessed);
    }

    #[test]
    fn groups_with_positions() {
        let l1 = "                                   Vastgestelde";
        let l2 = "               Realisatie             begroting";
        let l3 = "                2019  2020  2021  2022   2022";
        let g = groups(&[l1, l2], true);
        let t: Vec<_> = g.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(t, vec!["Realisatie", "Vastgestelde begroting"]);
        let cols = year_line(l3).unwrap();
        let (s, _) = spread(&g, &cols, true);
        assert_eq!(s, vec![Some(0), Some(0), Some(0), Some(0), Some(1)]);
    }

    #[test]
    fn rules_and_words() {
        assert_eq!(rule_line("  ---- -----").unwrap(), vec![(2, 6), (7, 12)]);
        assert!(rule_line("  2019").is_none());
        assert!(header_words_line("Realisatie Vastgestelde"));
        assert!(header_words_line("begroting"));
        assert!(!header_words_line("Tabel 39 Overzicht"));
        assert_eq!(
            phase("Vastgestelde begroting").as_deref(),
            Some("begroting")
        );
    }

    #[test]
    fn a_phase_of_its_own_starts_a_run_after_one_space() {
        let r = runs("      Realisatie         Vastgestelde begroting Verschil");
        let texts: Vec<&str> = r.iter().map(|x| x.2.as_str()).collect();
        assert_eq!(texts, ["Realisatie", "Vastgestelde begroting", "Verschil"]);
        assert_eq!((r[2].0, r[2].1), (48, 56));
        // not inside a label, nor as a word's start
        let r = runs("Verschil realisatie en begroting   Verschillen   Mutaties");
        let texts: Vec<&str> = r.iter().map(|x| x.2.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Verschil realisatie en begroting",
                "Verschillen",
                "Mutaties"
            ]
        );
    }
}
