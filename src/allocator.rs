//! The allocator of the `entente` binary and of the benchmarks: mimalloc, asked through its
//! plain `mi_malloc` where the alignment asked is one every mimalloc block has anyway.
//!
//! `mimalloc::MiMalloc` passes every allocation through `mi_malloc_aligned`, whatever its
//! alignment: three calls deep and a generic check before the block is taken, where
//! `mi_malloc` takes it at once. Extraction allocates millions of small strings and lists
//! (about 5% of its instructions went to the allocator), nearly all aligned to a machine
//! word at most, which every mimalloc block is: they take the short path. Larger alignments
//! go to `MiMalloc` as before, and every block is freed by `mi_free` as before.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use mimalloc::MiMalloc;

/// The alignment of every block `mi_malloc` returns: a machine word (its smallest block,
/// and every block size a multiple of it).
const WORD_ALIGN: usize = std::mem::size_of::<usize>();

unsafe extern "C" {
    /// mimalloc's `malloc` (linked in by the `mimalloc` crate).
    fn mi_malloc(size: usize) -> *mut c_void;
    /// mimalloc's `malloc` of zeroed memory.
    fn mi_zalloc(size: usize) -> *mut c_void;
    /// mimalloc's `realloc`.
    fn mi_realloc(block: *mut c_void, new_size: usize) -> *mut c_void;
}

/// mimalloc, by its shortest path for word-aligned blocks (see the module's comment).
#[derive(Debug, Clone, Copy, Default)]
pub struct Allocator;

unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD_ALIGN {
            // SAFETY: any size may be asked of `mi_malloc`; its blocks are word-aligned.
            unsafe { mi_malloc(layout.size()).cast() }
        } else {
            // SAFETY: the caller's contract, passed on.
            unsafe { MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD_ALIGN {
            // SAFETY: as in `alloc`.
            unsafe { mi_zalloc(layout.size()).cast() }
        } else {
            // SAFETY: the caller's contract, passed on.
            unsafe { MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: every block, by either path, is mimalloc's, which `MiMalloc` frees.
        unsafe { MiMalloc.dealloc(block, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD_ALIGN {
            // SAFETY: `block` is mimalloc's; the new block is word-aligned as the old one.
            unsafe { mi_realloc(block.cast(), new_size).cast() }
        } else {
            // SAFETY: the caller's contract, passed on.
            unsafe { MiMalloc.realloc(block, layout, new_size) }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::alloc::{GlobalAlloc, Layout};

    use super::Allocator;

    #[test]
    fn blocks_are_aligned_as_asked_and_keep_their_bytes() {
        for (size, align) in [
            (1, 1),
            (3, 2),
            (8, 8),
            (24, 8),
            (24, 16),
            (100, 32),
            (5000, 64),
        ] {
            let layout = Layout::from_size_align(size, align).unwrap();
            // SAFETY: a non-zero size; each block is freed with its layout.
            unsafe {
                let block = Allocator.alloc(layout);
                assert!(!block.is_null());
                assert_eq!(block as usize % align, 0, "{size} {align}");
                block.write_bytes(7, size);
                let grown = Allocator.realloc(block, layout, size * 3);
                assert_eq!(grown as usize % align, 0, "{size} {align}");
                assert_eq!(*grown.add(size - 1), 7);
                Allocator.dealloc(grown, Layout::from_size_align(size * 3, align).unwrap());
                let zeroed = Allocator.alloc_zeroed(layout);
                assert_eq!(zeroed as usize % align, 0, "{size} {align}");
                assert_eq!(*zeroed.add(size - 1), 0);
                Allocator.dealloc(zeroed, layout);
            }
        }
    }
}
