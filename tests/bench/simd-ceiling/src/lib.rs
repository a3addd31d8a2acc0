//! One core's floating-point ceiling for WebAssembly SIMD in the browser, the yardstick beside
//! the DCGAN's step in `cargo xtask bench`: a 6 × 8 register block of a matrix product (twelve
//! f32x4 sums kept in registers, the shape fast wasm matrix kernels use), run over operands that
//! sit in the first-level cache, so nothing but the arithmetic limits it. Two variants: f32x4
//! multiply then add (what plain SIMD128 offers, and what the CPU backend's matrix kernels run),
//! and relaxed SIMD's fused multiply-add (`f32x4.relaxed_madd`, Chrome 114+).
//!
//! Not part of the site: the module holds relaxed-SIMD instructions, which browsers without
//! relaxed SIMD refuse to load.
#![no_std]

use core::arch::wasm32::{
    f32x4_add, f32x4_mul, f32x4_relaxed_madd, f32x4_splat, v128, v128_load, v128_load32_splat,
    v128_store,
};

#[panic_handler]
fn halt(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// Rows of the register block (one broadcast value of A each).
const ROWS: usize = 6;
/// Columns of the register block (two f32x4 of B).
const COLS: usize = 8;
/// Floats in the scratch area the page fills with operands (1 MiB of f32).
const SCRATCH: usize = 1 << 18;

static mut SCRATCH_AREA: [f32; SCRATCH] = [0.0; SCRATCH];

/// Where the operands go: `ROWS · k` floats of A, then `k · COLS` of B, then the 48 sums.
#[unsafe(no_mangle)]
pub extern "C" fn scratch() -> *mut f32 {
    core::ptr::addr_of_mut!(SCRATCH_AREA).cast()
}

/// `c += a · b` for a packed `ROWS × k` block of A and a packed `k × COLS` block of B, `reps`
/// times, with `step` as the multiply-accumulate.
///
/// # Safety
/// `a`, `b` and `c` must point at `ROWS · k`, `k · COLS` and `ROWS · COLS` floats.
#[inline(always)]
unsafe fn block(
    a: *const f32,
    b: *const f32,
    c: *mut f32,
    k: usize,
    reps: usize,
    step: impl Fn(v128, v128, v128) -> v128,
) {
    for _ in 0..reps {
        let mut sums = [f32x4_splat(0.0); 2 * ROWS];
        let (mut pa, mut pb) = (a, b);
        for _ in 0..k {
            // SAFETY: the caller's bounds; both pointers advance within their blocks.
            unsafe {
                let b0 = v128_load(pb.cast());
                let b1 = v128_load(pb.add(4).cast());
                for row in 0..ROWS {
                    let a_row = v128_load32_splat(pa.add(row).cast());
                    sums[2 * row] = step(a_row, b0, sums[2 * row]);
                    sums[2 * row + 1] = step(a_row, b1, sums[2 * row + 1]);
                }
                pa = pa.add(ROWS);
                pb = pb.add(COLS);
            }
        }
        for (i, sum) in sums.iter().enumerate() {
            // SAFETY: `c` holds ROWS · COLS floats, 4 per sum.
            unsafe {
                let p = c.add(4 * i).cast::<v128>();
                v128_store(p, f32x4_add(v128_load(p), *sum));
            }
        }
    }
}

/// The block with f32x4 multiply, then add: 8 flops per pair of instructions.
///
/// # Safety
/// As [`block`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn mul_add(a: *const f32, b: *const f32, c: *mut f32, k: usize, reps: usize) {
    // SAFETY: forwarded from the caller.
    unsafe { block(a, b, c, k, reps, |x, y, s| f32x4_add(f32x4_mul(x, y), s)) }
}

/// The block with relaxed SIMD's fused multiply-add: 8 flops per instruction.
///
/// # Safety
/// As [`block`].
#[unsafe(no_mangle)]
#[target_feature(enable = "relaxed-simd")]
pub unsafe extern "C" fn fused(a: *const f32, b: *const f32, c: *mut f32, k: usize, reps: usize) {
    // SAFETY: forwarded from the caller.
    unsafe { block(a, b, c, k, reps, |x, y, s| f32x4_relaxed_madd(x, y, s)) }
}
