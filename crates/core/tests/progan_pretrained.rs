//! The progressive GAN the site ships for 1.35's "jump ahead": the file in `www/pretrained/`
//! has the SHA-256 and size the code and README name, it is the class preset's whole growth
//! (grown to 32 × 32, every level's pictures kept), and the judge's score it carries beats the
//! shipped dense GAN's after 5 epochs (the bar) with more classes covered.

use generativa_core::burn::tensor::Device;
use generativa_core::data::sha256_hex;
use generativa_core::dense_gan::DenseGan;
use generativa_core::dense_gan::pretrained as dense;
use generativa_core::gan::GanTrainer;
use generativa_core::progan::pretrained::{BYTES, FILE_NAME, PHASE_IMAGES, SHA256};
use generativa_core::progan::{ProganTrainer, Stage};

mod common;
use common::{real_data, shipped};

#[test]
fn the_shipped_progan_is_the_one_named_grown_and_scored_as_stated() {
    let bytes = shipped(FILE_NAME);
    assert_eq!(bytes.len() as u64, BYTES, "www/pretrained/{FILE_NAME}");
    assert_eq!(sha256_hex(&bytes), SHA256, "www/pretrained/{FILE_NAME}");
    let Some(data) = real_data() else { return };
    let run = ProganTrainer::load(&bytes, data.clone(), &Device::flex()).expect("it loads");
    assert!(run.finished());
    assert_eq!(run.position().stage, Stage::stable(3));
    assert_eq!(run.images_done(), 7 * PHASE_IMAGES);
    let history = run.history();
    assert_eq!(history.levels.len(), 4, "each level's pictures");
    assert!(
        history.level_millis.is_empty(),
        "no wall-clock times: the same command gives the same bytes"
    );
    let score = history.score.as_ref().expect("scored once grown");
    let dense = GanTrainer::<DenseGan>::load(&shipped(dense::FILE_NAME), data, &Device::flex())
        .expect("the dense checkpoint loads");
    let after_5 = &dense.history().scores[4].score;
    eprintln!(
        "ProGAN: Fréchet {:.1}, {} classes; dense GAN after 5 epochs: {:.1}, {}",
        score.frechet, score.covered, after_5.frechet, after_5.covered
    );
    assert!(score.frechet < after_5.frechet);
    assert!(score.covered >= after_5.covered);
}
