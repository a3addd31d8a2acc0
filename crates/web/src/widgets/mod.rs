//! One widget per file: the pieces pages are built from.

pub mod address;
pub mod backend_badge;
pub mod code_block;
pub mod data_loader;
pub mod download;
pub mod engine_progress;
pub mod grey_image;
pub mod judge_score;
pub mod keyboard_nav;
pub mod later;
pub mod lesson_body;
pub mod line_chart;
pub mod math;
pub mod number_field;
pub mod offline;
pub mod pager;
pub mod pixel_grid;
pub mod presenter;
pub mod progress_bar;
pub mod run_backend_note;
pub mod run_controls;
pub mod run_error;
pub mod run_file;
pub mod switch;
pub mod tile_grid;
pub mod toc;
