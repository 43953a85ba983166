"""The tune/check split is fixed: same keys, same halves, whatever their order."""

from tidings.eval.split import in_half, split_keys


def test_halves_partition_the_keys_and_ignore_order() -> None:
    keys = [f"k{i}" for i in range(21)]
    tune, check = split_keys(keys)
    assert tune | check == set(keys) and not tune & check
    assert len(tune) == 10 and len(check) == 11
    assert split_keys(reversed(keys)) == (tune, check)


def test_in_half_marks_each_key_once() -> None:
    keys = [3, 1, 4, 15, 9, 2, 6]
    tune = in_half(keys, "tune")
    check = in_half(keys, "check")
    assert all(a != b for a, b in zip(tune, check, strict=True))
    assert all(in_half(keys, "all"))
