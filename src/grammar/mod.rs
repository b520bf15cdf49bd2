//! The grammar of printed values: nom parsers with no knowledge of documents.
//!
//! - [`value`]: numbers, amounts, percentages, markers and text values, exact.
//! - [`words`]: Dutch number words for prose (`vijftien`, `drieëntwintig`).

pub mod value;
pub mod words;

pub use value::{
    may_start_caption, parse_cell, scale_caption, table_caption, Currency, Kind, Note, Style, Unit,
    Value,
};
