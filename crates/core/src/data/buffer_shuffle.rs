//! The lecture's `tf.data.Dataset.from_tensor_slices(X_train).shuffle(1000)`: a *buffer*
//! shuffle, not a full permutation. The buffer holds the next `buffer` images of the data in
//! order; each draw takes a random image out of the buffer and puts the next image of the data
//! in its place; once the data runs out, the buffer empties in random order. Every image comes
//! out exactly once per epoch, but an image can only come out near where it sits in the data
//! (image k never comes out before position k − buffer): a 1,000-image buffer on 55,000 images
//! mixes locally, which is why the lecture's data (already shuffled) is fine with it.
//!
//! Like TensorFlow's default (`reshuffle_each_iteration=True`), each epoch draws a new order.

use crate::rng::Rng;

/// The order in which a buffer shuffle of `buffer` images hands out the indices `0..n`.
pub fn buffer_shuffle(n: usize, buffer: usize, rng: &mut Rng) -> Vec<usize> {
    let buffer = buffer.max(1);
    let mut held: Vec<usize> = (0..n.min(buffer)).collect();
    let mut next = held.len();
    let mut order = Vec::with_capacity(n);
    while !held.is_empty() {
        let k = rng.below(held.len());
        order.push(held[k]);
        if next < n {
            held[k] = next;
            next += 1;
        } else {
            held.swap_remove(k);
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_index_once_and_only_locally_mixed() {
        let mut rng = Rng::new(1);
        let order = buffer_shuffle(5_000, 100, &mut rng);
        let mut seen = vec![false; 5_000];
        for &i in &order {
            assert!(!std::mem::replace(&mut seen[i], true), "{i} twice");
        }
        assert!(seen.iter().all(|&s| s));
        // Image k cannot come out before position k − 100 (it enters the buffer then).
        for (position, &i) in order.iter().enumerate() {
            assert!(i <= position + 100, "{i} at {position}");
        }
        // A buffer of everything is a full shuffle; a buffer of one is no shuffle.
        assert_eq!(buffer_shuffle(10, 1, &mut rng), (0..10).collect::<Vec<_>>());
        let mut full = buffer_shuffle(10, 10, &mut rng);
        full.sort_unstable();
        assert_eq!(full, (0..10).collect::<Vec<_>>());
    }
}
