//! Segmentation of real excerpts (fixtures/segment/, one phenomenon each): headings,
//! paragraphs, bullets and the joining of hard-wrapped prose. Expected blocks were
//! read from the excerpts.

use verslag::segment::{lines, segment, Block, BlockKind};

fn blocks(name: &str) -> Vec<Block> {
    let text = std::fs::read_to_string(format!("fixtures/segment/{name}")).unwrap();
    let ls = lines(&text);
    segment(&ls, &[])
}

fn headings(bs: &[Block]) -> Vec<(u8, &str, usize)> {
    bs.iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| (b.level, b.text.as_str(), b.first_line + 1))
        .collect()
}

#[test]
fn page_break_join_002() {
    // `Logius heeft de ambitie om een belangrijke dienstverlener en` / blank /
    // `onderdeel van ...` / ... / blank / `voor, dat willen we ...`: one paragraph over two breaks
    let bs = blocks("page_break_join_002.txt");
    let kinds: Vec<BlockKind> = bs.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        vec![
            BlockKind::Paragraph,
            BlockKind::Paragraph,
            BlockKind::Paragraph
        ]
    );
    assert_eq!(
        bs[1].text,
        "Logius heeft de ambitie om een belangrijke dienstverlener en onderdeel van de digitale overheid te zijn met het leveren van vitale voorzieningen, stelsels en standaarden. Daar staan we voor, dat willen we uitstralen en daar zijn we trots op."
    );
    assert_eq!((bs[1].first_line, bs[1].end_line), (4, 10));
    // the signature is no heading
    assert_eq!(bs[2].text, "Bert Voorbraak (algemeen directeur Logius)");
}

#[test]
fn heading_after_sentence_002() {
    // line 10 of the excerpt, ` Focus: goed en duurzaam`, follows `worden voorkomen.` directly
    let bs = blocks("heading_after_sentence_002.txt");
    let h = headings(&bs);
    assert_eq!(h[0].1, "Focus: goed en duurzaam");
    assert_eq!(h[0].2, 10);
    // `Terugblik` between blank lines
    assert_eq!(h[1].1, "Terugblik");
    assert_eq!(h.len(), 2);
    // the paragraph before it ends at the sentence
    let p = bs.iter().find(|b| b.text.starts_with("We roepen")).unwrap();
    assert!(p.text.ends_with("worden voorkomen."), "{}", p.text);
}

#[test]
fn two_line_box_heading_002() {
    let bs = blocks("two_line_box_heading_002.txt");
    let h = headings(&bs);
    assert_eq!(
        h.iter().map(|h| h.1).collect::<Vec<_>>(),
        vec![
            "Illustratie: op weg naar een haalbaar Stelsel Toegang",
            "Samenwerking beleid en uitvoering"
        ]
    );
    // `Z0 kent een ontwerp ...` stays inside its paragraph
    assert!(
        bs.iter()
            .any(|b| b.kind == BlockKind::Paragraph
                && b.text.contains("spreken. Z0 kent een ontwerp"))
    );
}

#[test]
fn list_numbered_subheadings_000() {
    let bs = blocks("list_numbered_subheadings_000.txt");
    let bullets: Vec<(&str, &str)> = bs
        .iter()
        .filter(|b| b.kind == BlockKind::Bullet)
        .map(|b| (b.marker.as_deref().unwrap(), b.text.as_str()))
        .collect();
    assert_eq!(
        bullets,
        vec![
            ("•", "1) beheer en exploitatie van bestaande producten;"),
            ("•", "2) inbeheername van nieuwe producten;"),
            ("•", "3) doorontwikkeling;"),
            ("•", "4) stimuleren van veilig gebruik."),
        ]
    );
    let h = headings(&bs);
    assert_eq!(
        h.iter().map(|h| (h.0, h.1)).collect::<Vec<_>>(),
        vec![
            (1, "Inleiding"),
            (2, "1) Beheer en exploitatie van bestaande producten"),
            (2, "2) Inbeheername van nieuwe producten"),
            (2, "3) Doorontwikkeling"),
            (2, "4) Stimuleren van veilig gebruik"),
            (1, "Ontwikkelingen 2014 en verder"),
        ]
    );
    // `Logius heeft 4 taken:` ends on a colon: a paragraph
    assert!(bs
        .iter()
        .any(|b| b.kind == BlockKind::Paragraph && b.text == "Logius heeft 4 taken:"));
}

#[test]
fn heading_groups_004() {
    let bs = blocks("heading_groups_004.txt");
    let h = headings(&bs);
    assert_eq!(
        h.iter().map(|h| (h.0, h.1)).collect::<Vec<_>>(),
        vec![
            (1, "Infrastructuur"),
            (2, "Infrastructuur als dienstverlening"),
            (
                2,
                "Infrastructuur als IT-fundament voor eigen dienstverlening"
            ),
            (1, "Standaarden"),
        ]
    );
    assert!(bs
        .iter()
        .filter(|b| b.kind == BlockKind::Bullet)
        .all(|b| b.marker.as_deref() == Some("-")));
}

#[test]
fn markdown_headings_are_headings_without_their_marks() {
    let text = "# Jaarverslag 2022 Rijksdienst voor Wegverkeer\n\n## 4 Bedrijfsvoering\n\nDe baten stegen in 2022.\n\n### Toelichting\n\nHet saldo is negatief.\n\n#hashtag is geen kop\n";
    let d = verslag::extract(text.as_bytes(), &verslag::Options::default()).unwrap();
    fn all(s: &[verslag::model::Section], out: &mut Vec<String>) {
        for x in s {
            out.push(x.heading.clone());
            all(&x.children, out);
        }
    }
    let mut heads = Vec::new();
    all(&d.sections, &mut heads);
    assert_eq!(
        heads,
        [
            "Jaarverslag 2022 Rijksdienst voor Wegverkeer",
            "4 Bedrijfsvoering",
            "Toelichting"
        ]
    );
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Jaarverslag 2022 Rijksdienst voor Wegverkeer")
    );
    assert_eq!(
        d.meta.organisation.as_deref(),
        Some("Rijksdienst voor Wegverkeer")
    );
    // the heading's span is its text, without the marks
    let s = &d.sections[0];
    assert_eq!(
        &text[s.span.start..s.span.end],
        "Jaarverslag 2022 Rijksdienst voor Wegverkeer"
    );
}
