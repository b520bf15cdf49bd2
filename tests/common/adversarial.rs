//! The adversarial set (issue 11), generated at test time into a temp dir so the
//! repository stays small. `scripts/gen_adversarial.sh DIR` writes the same set
//! for inspection by hand.
//!
//! Each case says what it attacks and what the CLI must do with it: produce a
//! document (possibly with a diagnostic), or refuse the file with an error code.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    /// A document, with this diagnostic code among its diagnostics if given.
    Doc(Option<&'static str>),
    /// No document: an error record with this code.
    Error(&'static str),
}

#[derive(Clone, Debug)]
pub struct Case {
    /// File name (relative to the set's directory), or a path through it.
    pub name: String,
    pub path: PathBuf,
    pub what: String,
    pub expect: Expect,
    /// Part of a directory walk (false for paths that only exist as arguments).
    pub walked: bool,
}

/// Every dash-like character: Unicode category Pd plus the minus sign and
/// the small/fullwidth forms that text exports produce.
pub const DASHES: &[char] = &[
    '-',
    '\u{058A}',
    '\u{05BE}',
    '\u{1400}',
    '\u{1806}',
    '\u{2010}',
    '\u{2011}',
    '\u{2012}',
    '\u{2013}',
    '\u{2014}',
    '\u{2015}',
    '\u{2053}',
    '\u{207B}',
    '\u{208B}',
    '\u{2212}',
    '\u{2E17}',
    '\u{2E1A}',
    '\u{2E3A}',
    '\u{2E3B}',
    '\u{2E40}',
    '\u{2E5D}',
    '\u{301C}',
    '\u{3030}',
    '\u{30A0}',
    '\u{FE31}',
    '\u{FE32}',
    '\u{FE58}',
    '\u{FE63}',
    '\u{FF0D}',
    '\u{10EAD}',
];

/// Every space-like character: category Zs, the other White_Space characters
/// that are not line breaks we count, and the zero-width ones exports leave.
pub const SPACES: &[char] = &[
    ' ', '\t', '\u{000B}', '\u{000C}', '\u{0085}', '\u{00A0}', '\u{1680}', '\u{2000}', '\u{2001}',
    '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}',
    '\u{200A}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}',
    '\u{2060}', '\u{3000}', '\u{FEFF}', '\u{180E}',
];

fn write(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

fn write_with(path: &Path, f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) {
    let mut w = BufWriter::new(fs::File::create(path).unwrap());
    f(&mut w).unwrap();
    w.flush().unwrap();
}

/// A short valid document in UTF-8 with non-ASCII characters, used as the
/// carrier for invalid bytes.
const CARRIER: &str = "Tabel 1 Baten en lasten (x € 1.000)\n\nfinanciële middelen 2021 2022\nOmzet moederdepartement 98 560 – 3 783\nTotaal baten 1.200 (1.200)\n";

/// `text` with `bytes` inserted before the first `marker`.
fn ins(text: &str, marker: &str, bytes: &[u8]) -> Vec<u8> {
    let at = text.find(marker).expect("marker in carrier");
    [&text.as_bytes()[..at], bytes, &text.as_bytes()[at..]].concat()
}

/// How big the large cases are.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// Bytes of the single-line file.
    pub big_line: usize,
    /// Lines of `– ` prefixes.
    pub dash_lines: usize,
    /// Small tables in one file.
    pub tables: usize,
    /// Lines a word is broken over.
    pub hyphen_lines: usize,
    /// Lines ended by a lone CR.
    pub cr_lines: usize,
    /// Watchdog per run of the binary, seconds (a hang bound, not a timing target).
    pub watchdog_secs: u64,
}

impl Size {
    /// The default test run (debug build, CI): every case, the large ones
    /// scaled down so that an unoptimised build stays far from the watchdog.
    pub const CI: Size = Size {
        big_line: 1 << 20,
        dash_lines: 20_000,
        tables: 2_000,
        hyphen_lines: 10_000,
        cr_lines: 100_000,
        watchdog_secs: 240,
    };
    /// The sizes of issue 11 (`--ignored`, best with `--release`); the 100 MB
    /// line has a test of its own.
    pub const FULL: Size = Size {
        big_line: 20 << 20,
        dash_lines: 100_000,
        tables: 20_000,
        hyphen_lines: 50_000,
        cr_lines: 300_000,
        // the 20 MiB line took 40 s in a release build of an earlier integration (3.6 s now)
        watchdog_secs: 600,
    };
}

/// Generates the set into `dir`.
pub fn generate(dir: &Path, size: Size) -> Vec<Case> {
    fs::create_dir_all(dir).unwrap();
    let big = size.big_line;
    let mut cases = Vec::new();
    let mut add = |name: &str, what: &str, expect: Expect, walked: bool| {
        cases.push(Case {
            name: name.to_string(),
            path: dir.join(name),
            what: what.to_string(),
            expect,
            walked,
        });
    };
    let p = |n: &str| dir.join(n);

    write(&p("empty.txt"), b"");
    add(
        "empty.txt",
        "empty file",
        Expect::Doc(Some("empty_input")),
        true,
    );

    write(&p("whitespace.txt"), b"  \t \n\n   \r\n\t\t\n \x0c \n");
    add(
        "whitespace.txt",
        "only whitespace",
        Expect::Doc(Some("empty_input")),
        true,
    );

    write(
        &p("nbsp.txt"),
        "\u{a0}\n\u{a0}\u{a0}\n \u{a0} \n\u{a0}"
            .repeat(1000)
            .as_bytes(),
    );
    add(
        "nbsp.txt",
        "only no-break spaces",
        Expect::Doc(Some("empty_input")),
        true,
    );

    write(&p("bom_only.txt"), b"\xEF\xBB\xBF");
    add(
        "bom_only.txt",
        "a UTF-8 byte-order mark and nothing else",
        Expect::Doc(Some("empty_input")),
        true,
    );

    write(&p("utf16_bom_only.txt"), b"\xFF\xFE");
    add(
        "utf16_bom_only.txt",
        "a UTF-16 byte-order mark and nothing else",
        Expect::Doc(Some("empty_input")),
        true,
    );

    let mut elf = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec();
    elf.extend((0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8));
    write(&p("binary.txt"), &elf);
    add(
        "binary.txt",
        "binary (ELF header, pseudo-random bytes)",
        Expect::Error("not_text"),
        true,
    );

    let controls: Vec<u8> = (0..2000u32).map(|i| (i % 31 + 1) as u8).collect();
    write(&p("controls.txt"), &controls);
    add(
        "controls.txt",
        "control bytes without NUL",
        Expect::Error("not_text"),
        true,
    );

    write_with(&p("big_line.txt"), |w| {
        let unit = "Totaal baten 98 560 – 3 783 (1.200) p.m. 5,70% € 9,9 mln. n.v.t. ";
        let mut n = 0;
        while n < big {
            w.write_all(unit.as_bytes())?;
            n += unit.len();
        }
        Ok(())
    });
    add(
        "big_line.txt",
        &format!("one line of {big} bytes, no newline"),
        Expect::Doc(None),
        true,
    );

    write(&p("blank_lines.txt"), &vec![b'\n'; 1_000_000]);
    add(
        "blank_lines.txt",
        "a million blank lines",
        Expect::Doc(Some("empty_input")),
        true,
    );

    write(&p("cr_lines.txt"), &b"x\r".repeat(size.cr_lines));
    add(
        "cr_lines.txt",
        &format!("{} lines ended by a lone CR", size.cr_lines),
        Expect::Doc(None),
        true,
    );

    write_with(&p("dash_prefixes.txt"), |w| {
        for i in 0..size.dash_lines {
            match i % 4 {
                0 => w.write_all("– \n".as_bytes())?,
                1 => w.write_all("– Omzet 1.234 – 567\n".as_bytes())?,
                2 => {
                    w.write_all("– – – – – – – – – – – – – – – – wv eigen personeel\n".as_bytes())?
                }
                _ => w.write_all("– \u{a0}\n".as_bytes())?,
            }
        }
        Ok(())
    });
    add(
        "dash_prefixes.txt",
        &format!("{} lines of `– ` prefixes", size.dash_lines),
        Expect::Doc(None),
        true,
    );

    write_with(&p("wide_table.txt"), |w| {
        writeln!(w, "Tabel 1 Breed overzicht (bedragen x € 1.000)\n")?;
        write!(w, "Omschrijving")?;
        for i in 0..10_000 {
            write!(w, "  {}", 2000 + i % 30)?;
        }
        writeln!(w)?;
        for label in [
            "Omzet moederdepartement",
            "– personele kosten",
            "Totaal baten",
        ] {
            write!(w, "{label}")?;
            for i in 0..10_000 {
                write!(w, "  {}.{:03}", i % 97 + 1, i % 1000)?;
            }
            writeln!(w)?;
        }
        Ok(())
    });
    add(
        "wide_table.txt",
        "aligned table of 10 000 columns",
        Expect::Doc(None),
        true,
    );

    write_with(&p("wide_flat_table.txt"), |w| {
        writeln!(w, "Tabel 2 Breed overzicht\n\n(x € 1.000)\n")?;
        writeln!(w, "Omschrijving\n")?;
        for i in 0..10_000 {
            writeln!(w, "Realisatie {}\n", 2000 + i % 30)?;
        }
        writeln!(w, "Totaal baten\n")?;
        for i in 0..10_000 {
            if i % 7 == 0 {
                writeln!(w, "\u{a0}\n")?;
            } else {
                writeln!(w, "{}.{:03}\n", i % 97 + 1, i % 1000)?;
            }
        }
        Ok(())
    });
    add(
        "wide_flat_table.txt",
        "flat (cell per line) table of 10 000 columns",
        Expect::Doc(None),
        true,
    );

    write_with(&p("long_numbers.txt"), |w| {
        let digits: String = (0..10_000)
            .map(|i| char::from(b'1' + (i % 9) as u8))
            .collect();
        let grouped: String = {
            let mut s = String::from("1");
            for _ in 0..3_333 {
                s.push_str(".999");
            }
            s
        };
        writeln!(w, "Tabel 3 Grote getallen (x € 1.000)\n")?;
        writeln!(w, "Omschrijving 2021 2022")?;
        writeln!(w, "Omzet {digits} {grouped}")?;
        writeln!(w, "Totaal baten – {digits} ({grouped})")?;
        writeln!(w, "Rente {digits},{digits} {digits}%\n")?;
        writeln!(w, "In 2021 gaf Logius € {digits} mln. uit, circa {grouped} euro meer dan de norm van {digits},5%.")?;
        writeln!(
            w,
            "Het aantal DigiD authenticaties steeg van 0,{digits} tot {digits} miljard."
        )?;
        writeln!(w, "1e{digits} en 0x{digits} en {digits}e-{digits}")?;
        Ok(())
    });
    add(
        "long_numbers.txt",
        "numbers of 10 000 digits (plain, grouped, decimal, percent, scaled)",
        Expect::Doc(None),
        true,
    );

    write_with(&p("dashes_spaces.txt"), |w| {
        writeln!(w, "Tabel 4 Alle streepjes en spaties (x € 1.000)\n")?;
        for &d in DASHES {
            for &s in SPACES {
                writeln!(
                    w,
                    "Omzet{s}{s}98{s}560{s}{d}{s}3{s}783{s}{d}{s}({s}1.200{s}){s}{d}"
                )?;
                writeln!(
                    w,
                    "{d}{s}wv{s}eigen{s}personeel{s}{d}{s}5,70%{s}€{s}9,9{s}mln."
                )?;
            }
        }
        Ok(())
    });
    add(
        "dashes_spaces.txt",
        "every Unicode dash against every space",
        Expect::Doc(None),
        true,
    );

    let invalid: &[(&str, &str, Vec<u8>)] = &[
        (
            "inv_start.txt",
            "invalid byte at the start of the file",
            [b"\xFF".as_slice(), CARRIER.as_bytes()].concat(),
        ),
        (
            "inv_end.txt",
            "invalid byte at the end of the file",
            [CARRIER.as_bytes(), b"\xFF"].concat(),
        ),
        (
            "inv_truncated_end.txt",
            "a multi-byte sequence cut off by the end of the file",
            [CARRIER.as_bytes(), "€".as_bytes().get(..2).unwrap()].concat(),
        ),
        (
            "inv_line_start.txt",
            "invalid byte (C0) at the start of a line",
            ins(CARRIER, "Omzet", b"\xC0"),
        ),
        (
            "inv_in_number.txt",
            "invalid byte (9F) inside a number",
            ins(CARRIER, "560", b"\x9F"),
        ),
        (
            "inv_in_word.txt",
            "lone continuation byte (AB) inside a word",
            ins(CARRIER, "le middelen", b"\xAB"),
        ),
        (
            "inv_truncated_mid.txt",
            "a multi-byte sequence cut short mid-line (E2 80 then ASCII)",
            ins(CARRIER, "3 783", b"\xE2\x80"),
        ),
        (
            "inv_overlong.txt",
            "overlong encoding of `/` (C0 AF)",
            [CARRIER.as_bytes(), b"pad\xC0\xAFpad\n", CARRIER.as_bytes()].concat(),
        ),
        (
            "inv_surrogate.txt",
            "an encoded UTF-16 surrogate (ED A0 80)",
            [CARRIER.as_bytes(), b"x\xED\xA0\x80y\n"].concat(),
        ),
        (
            "inv_above_max.txt",
            "a code point above U+10FFFF (F4 90 80 80)",
            [CARRIER.as_bytes(), b"x\xF4\x90\x80\x80y\n"].concat(),
        ),
        (
            "inv_before_newline.txt",
            "invalid byte right before CR LF",
            CARRIER
                .replace('\n', "\u{1}\r\n")
                .into_bytes()
                .into_iter()
                .map(|b| if b == 1 { 0xFE } else { b })
                .collect(),
        ),
        (
            "inv_everywhere.txt",
            "invalid bytes after every character",
            CARRIER.as_bytes().iter().flat_map(|&b| [b, 0xFF]).collect(),
        ),
    ];
    for (name, what, bytes) in invalid {
        assert!(
            std::str::from_utf8(bytes).is_err(),
            "{name} must be invalid UTF-8"
        );
        write(&p(name), bytes);
        add(name, what, Expect::Doc(None), true);
    }

    let mut odd = vec![0xFF, 0xFE];
    for u in CARRIER.encode_utf16() {
        odd.extend_from_slice(&u.to_le_bytes());
    }
    odd.push(b'x');
    write(&p("utf16_odd.txt"), &odd);
    add(
        "utf16_odd.txt",
        "UTF-16LE with a BOM and an odd byte count",
        Expect::Doc(Some("decode_replacements")),
        true,
    );
    write(&p("utf16_odd_nobom.txt"), &odd[2..]);
    add(
        "utf16_odd_nobom.txt",
        "UTF-16LE without BOM, odd byte count",
        Expect::Doc(Some("decode_replacements")),
        true,
    );
    let mut lone = vec![0xFF, 0xFE];
    for u in "Omzet 1.234 ".encode_utf16() {
        lone.extend_from_slice(&u.to_le_bytes());
    }
    lone.extend_from_slice(&0xD800u16.to_le_bytes());
    lone.extend_from_slice(&(b'x' as u16).to_le_bytes());
    write(&p("utf16_lone_surrogate.txt"), &lone);
    add(
        "utf16_lone_surrogate.txt",
        "UTF-16LE with an unpaired surrogate",
        Expect::Doc(Some("decode_replacements")),
        true,
    );

    write(
        &p("cp1252_undefined.txt"),
        b"Bedragen x \x80 1.000 financi\xEBle \x96 3.783\n\x81\x8D\x8F\x90\x9D in 1252 undefined\nOmzet\xA098\xA0560\n",
    );
    add(
        "cp1252_undefined.txt",
        "Windows-1252 with the five bytes 1252 leaves undefined",
        Expect::Doc(None),
        true,
    );

    write_with(&p("hyphenation.txt"), |w| {
        for _ in 0..size.hyphen_lines {
            w.write_all(b"opdracht-\n")?;
        }
        w.write_all(b"nemer\n\n")?;
        for _ in 0..size.hyphen_lines / 2 {
            w.write_all(b"in-\nves\n")?;
        }
        w.write_all(&vec![b'-'; 1_000_000])?;
        w.write_all(b"\n")?;
        for _ in 0..size.hyphen_lines / 2 {
            w.write_all("IT-\u{AD}dienst-\u{2010}\n".as_bytes())?;
        }
        Ok(())
    });
    add(
        "hyphenation.txt",
        &format!(
            "a word broken over {} lines, soft and hard hyphens",
            size.hyphen_lines
        ),
        Expect::Doc(None),
        true,
    );

    write_with(&p("many_tables.txt"), |w| {
        for i in 0..size.tables {
            writeln!(w, "Tabel {i} Baten en lasten\n(x € 1.000)\nOmschrijving 2021 2022\nOmzet 1.234 5.678\nTotaal 1.234 5.678\n")?;
        }
        Ok(())
    });
    add(
        "many_tables.txt",
        &format!("{} small tables", size.tables),
        Expect::Doc(None),
        true,
    );

    // File-system cases.
    fs::create_dir_all(p("dir.txt")).unwrap();
    add(
        "dir.txt",
        "an empty directory with a .txt name, named as a file",
        Expect::Error("no_inputs"),
        false,
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink("loop.txt", p("loop.txt")).unwrap();
        add(
            "loop.txt",
            "a symlink to itself (loop)",
            Expect::Error("unreadable"),
            true,
        );
        symlink("loop_b.txt", p("loop_a.txt")).unwrap();
        symlink("loop_a.txt", p("loop_b.txt")).unwrap();
        add(
            "loop_a.txt",
            "two symlinks pointing at each other",
            Expect::Error("unreadable"),
            true,
        );
        add(
            "loop_b.txt",
            "two symlinks pointing at each other",
            Expect::Error("unreadable"),
            true,
        );
        symlink("nowhere/at/all.txt", p("dangling.txt")).unwrap();
        add(
            "dangling.txt",
            "a dangling symlink (unreadable even for root)",
            Expect::Error("not_found"),
            true,
        );
        fs::create_dir_all(p("sub")).unwrap();
        symlink("..", p("sub/up")).unwrap();
        write(&p("plain.dat"), b"x");
        add(
            "plain.dat/x.txt",
            "a path through a regular file (unreadable even for root)",
            Expect::Error("unreadable"),
            false,
        );
        let fifo = p("fifo.txt");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        let rc = unsafe { libc::mkfifo(c.as_ptr(), 0o644) };
        assert_eq!(rc, 0, "mkfifo");
        add(
            "fifo.txt",
            "a FIFO with no writer (reading would block)",
            Expect::Error("not_a_file"),
            true,
        );
    }
    cases
}
