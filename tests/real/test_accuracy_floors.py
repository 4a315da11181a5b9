"""Accuracy floors on the labelled real-page corpus of this repository (tests/real).

The figures come from bench/accuracy.py (the same comparison `bench/bench_accuracy.py` prints);
the floors sit a little below what the normalizer reaches, so a regression fails CI. The corpus
is committed with the repository: its absence is a failure, not a skip. The same run says which dev pages
normalize calls `other`, the year model's training pages.
"""

import json

import pytest

from bench.accuracy import CORPUS, evaluate
from normalize.year_model import YEAR_MODEL_PATH

# per split, a little below what is reached (1,684 pages: 1,223 dev, 461 holdout)
# seventh session: the relabels of the second reading and of points 107–121 moved the labels under the code
# (holdout 0.944 → 0.9429 with no code change)
# eighth session (1,812 pages: 1,329 dev, 483 holdout): reached dev 0.980, holdout 0.944, all 0.970
# tenth session (1,972 pages: 1,444 dev, 528 holdout; 160 fresh pages in two batches): reached dev 0.980, holdout 0.946,
# all 0.971; twelfth session (2,372 pages: 1,749 dev, 623 holdout): reached dev 0.980, holdout 0.946, all 0.971
# thirteenth session (3,052 pages: 2,246 dev, 806 holdout; 385 fresh pages in five waves): reached dev 0.976, holdout
# 0.945, all 0.968 (the session's start code on the same labels 0.974, 0.944, 0.966)
# fourteenth session (3,423 pages: 2,521 dev, 902 holdout; 371 fresh pages in six waves): reached dev 0.9743, holdout
# 0.9464, all 0.9669 (the session's start code and its model on the same labels 0.972, 0.945, 0.965)
# fifteenth session (3,885 pages: 2,871 dev, 1,014 holdout; 462 fresh pages in fourteen waves): reached dev 0.9743,
# holdout 0.9449, all 0.9666 (the session's start code and its model on the same labels 0.9722, 0.9464, 0.9655: the
# retrained kind model reads 27 holdout kinds otherwise, rules gain titles and issuers; the floors are kept)
# sixteenth session (4,323 pages: 3,198 dev, 1,125 holdout; 438 fresh pages in nineteen waves): reached dev 0.9736,
# holdout 0.9475, all 0.9668 (the session's start code and its model on the same labels 0.972, 0.945, 0.965): the dev
# floor goes to 0.973 because 327 dev pages no rule had been written against joined it, not because a rule lost any
# seventeenth session (4,759 pages: 3,527 dev, 1,232 holdout; 436 fresh pages in nineteen waves): reached dev 0.9733,
# holdout 0.9483, all 0.9668 (the session's start code and its model on the same labels 0.9722, 0.9482, 0.9660): the
# holdout floor goes to 0.946
# eighteenth session (5,037 pages: 3,729 dev, 1,308 holdout; 278 fresh pages in fifteen waves, 0.960 at first sight):
# the 202 fresh dev pages (0.956 at first sight) bring dev to 0.9729 before any rule is written on them: the dev floor
# goes to 0.972
# nineteenth session (5,310 pages: 3,927 dev, 1,383 holdout; 273 fresh pages in two waves, 0.966 and 0.965 at first
# sight): reached dev 0.9731, holdout 0.9511, all 0.9674 (the session's start code on its 273 pages 0.965 and 0.964): the
# holdout floor goes to 0.950, all to 0.967
# twentieth session: 216 fresh pages in two waves aimed at the kinds banli reads worst (accounts, look-alikes quoting
# figures, yearbooks, town congresses, session news; 0.933 and 0.928 at first sight): the session's start code and model on
# the same 5,647 labels 0.9715, 0.9506, 0.9660, the end 0.9720, 0.9507, 0.9664: the all floor goes to 0.966 for the
# harder pages added, not for any change of code
# twenty-first session (5,978 pages: 4,424 dev, 1,554 holdout; 331 fresh pages in three waves, 0.953, 0.966 and 0.941 at
# first sight): the session's start code and model on the same labels 0.9710, 0.9510, 0.9658, the end 0.9722, 0.9513,
# 0.9667: the floors are kept
# twenty-second session (6,359 pages: 4,728 dev, 1,631 holdout; 381 fresh pages in three waves, 0.964, 0.968 and 0.963 at
# first sight): the session's start code and model on the same labels 0.9715, 0.9523, 0.9666, the end 0.9725, 0.9531,
# 0.9675: the floors are kept
# twenty-third session (6,582 pages: 4,899 dev, 1,683 holdout; 223 fresh pages in two waves, 0.946 and 0.948 at first
# sight): the session's start code and model on the same labels 0.9717, 0.9528, 0.9668, the end 0.9721, 0.9530, 0.9672:
# the floors are kept
# twenty-fourth session (6,812 pages: 5,073 dev, 1,739 holdout; 230 fresh pages in two waves, 0.959 and 0.968 at first
# sight): the session's start code and model on the same labels 0.9719, 0.9530, 0.9671, the end 0.9726, 0.9532, 0.9676:
# the floors are kept
# twenty-fifth session (7,026 pages: 5,226 dev, 1,800 holdout; 214 fresh pages in two waves, 0.933 and 0.952 at first
# sight): the session's start code and model on the same labels 0.9718, 0.9527, 0.9669, the end 0.9722, 0.9529, 0.9672:
# the floors are kept
# twenty-sixth session (7,221 pages: 5,379 dev, 1,842 holdout; 195 fresh pages in two waves, 0.931 and 0.935 at first
# sight, then 19 labels relabelled by point 130 and 16 by the second readings): the session's start code and model on the
# same labels 0.9713, 0.9524, 0.9665, the end 0.9719, 0.9524, 0.9669: the fresh pages, not the code, took dev below
# 0.972, so the dev floor moves to 0.9715 (above the start code's 0.9713; the end code is at or above it on every split)
# twenty-seventh session (7,332 pages: 5,458 dev, 1,874 holdout; 111 fresh pages in one wave, 0.949 at first sight, then
# 1 label relabelled by the second readings): the session's start code and model on the same labels 0.9715, 0.9524,
# 0.9667, the end 0.9719, 0.9522, 0.9668: the floors are kept
# twenty-eighth session (7,498 pages: 5,595 dev, 1,903 holdout; 166 fresh pages in two waves, 0.930 and 0.944 at first
# sight, then 11 labels relabelled by the second readings): the session's start code and model on the same labels 0.9711,
# 0.9518, 0.9662, the end 0.9714, 0.9518, 0.9664: the fresh pages, not the code, took dev below 0.9715, so the dev floor
# moves to 0.971 (below the start code's 0.9711; the end code is at or above the start on every split)
# twenty-ninth session (7,608 pages: 5,679 dev, 1,929 holdout; 110 fresh pages in one wave, 0.940 at first sight, then
# 2 labels relabelled by the second readings): the session's start code and model on the same labels 0.9710, 0.9517,
# 0.9661 (one failed extraction: 7970c7e4b777), the end 0.9712, 0.9519, 0.9663: the floors are kept; then round 35 (88
# fresh pages, 0.933 at first sight; 1 label relabelled by the second readings): on 7,696 pages the start code and model
# 0.9705, 0.9513, 0.9657, the end 0.9710, 0.9515, 0.9661: the floors are kept
# thirtieth session (7,779 pages: 5,812 dev, 1,967 holdout; round 36's 83 fresh pages, 0.931 at first sight, then 3
# labels relabelled by the second readings): the session's start code and model on the same labels 0.9705, 0.9514,
# 0.9657, the end 0.9707, 0.9515, 0.9659: the fresh pages, not the code, took dev and all below 0.971 and 0.966, so
# those floors move to 0.970 and 0.965 (below the start code's; the end code is at or above the start on every split);
# then round 37 (129 fresh pages, 0.944 at first sight; 11 labels relabelled): on 7,908 pages the start code and model
# 0.9701, 0.9514, 0.9654, the end 0.9706, 0.9515, 0.9657: the floors are kept; then round 38 (100 fresh pages, 0.941
# at first sight, no wrong or spurious number; 4 labels relabelled): on 8,008 pages the start code and model 0.9698,
# 0.9512, 0.9651, the end 0.9704, 0.9515, 0.9656: the floors are kept
# thirty-first session (8,123 pages: 6,072 dev, 2,051 holdout; round 39's 115 fresh pages, 0.943 at first sight, then
# points 131 and 132 applied by reading, 46 labels relabelled, and 5 by the second readings): the session's start code
# and model on the same labels 0.9699, 0.9513, 0.9652, the end 0.9703, 0.9512, 0.9655: the floors are kept; then round
# 40 (104 fresh pages, 0.943 at first sight; 5 labels relabelled): on 8,227 pages the start code and model 0.9695,
# 0.9514, 0.9649 (dev below its floor: the fresh pages did it), the end 0.9700, 0.9515, 0.9654: the floors are kept, dev
# at its floor
# thirty-second session (8,350 pages: 6,246 dev, 2,104 holdout; round 41's 123 fresh pages, 0.953 at first sight, 5
# labels relabelled): the start code and model 0.9698, 0.9515, 0.9652, the end 0.9701, 0.9515, 0.9654: the floors are kept;
# then round 42 (116 fresh pages, 0.957 at first sight; 5 labels relabelled): on 8,466 pages the start code and model
# 0.9696, 0.9516, 0.9651 (dev below its floor: the fresh pages did it), the end 0.9701, 0.9517, 0.9655: the floors are kept
# thirty-third session (8,577 pages: 6,418 dev, 2,159 holdout; round 43's 111 fresh pages, 0.953 at first sight, 5 labels
# relabelled): the start code and model 0.9699, 0.9517, 0.9653, the end 0.9701, 0.9516, 0.9655: the floors are kept;
# then round 44 (130 fresh pages, 0.952 at first sight; 5 labels relabelled): on 8,707 pages the start code and model
# 0.9696, 0.9516, 0.9651 (dev below its floor: the fresh pages did it), the end 0.9703, 0.9516, 0.9656: the floors are kept
# thirty-fourth session (8,942 pages: 6,694 dev, 2,248 holdout; rounds 45 and 46, 235 fresh pages, 0.950 and 0.962 at
# first sight; 12 labels relabelled): the start code and model 0.9699, 0.9515, 0.9653, the end 0.9702, 0.9518, 0.9656:
# the floors are kept; then round 47 (114 fresh pages, 0.947 at first sight; 1 label relabelled): on 9,056 pages the
# start code and model 0.9696, 0.9514, 0.9650 (dev below its floor: the fresh pages did it), the end 0.9702, 0.9517,
# 0.9656: the floors are kept; then round 48 (76 fresh pages, 0.957 at first sight; 5 labels relabelled): on 9,132 pages
# the start code and model 0.9695, 0.9514, 0.9650, the end 0.9702, 0.9518, 0.9656: the floors are kept
# thirty-fifth session (9,513 pages: 7,118 dev, 2,395 holdout; rounds 49–52, 381 fresh pages, 0.967, 0.958 and 0.966 at
# first sight for the three full waves; 14 labels relabelled): the start code and model 0.9699, 0.9525, 0.9655, the end
# 0.9704, 0.9526, 0.9659: the floors are kept
# thirty-sixth session (9,834 pages: 7,344 dev, 2,490 holdout; rounds 53–55, 321 fresh pages, 0.943, 0.944 and 0.954 at
# first sight; 32 labels relabelled): the start code and model 0.9696, 0.9523, 0.9652, the end 0.9702, 0.9531, 0.9659: the
# floors are kept
# thirty-seventh session (10,191 pages: 7,630 dev, 2,561 holdout; rounds 56–58, 357 fresh pages, 0.964, 0.950 and 0.957
# at first sight; 22 labels relabelled): the start code and model 0.9698, 0.9530, 0.9655, the end 0.9702, 0.9529, 0.9658:
# the floors are kept
# thirty-eighth session (10,475 pages: 7,857 dev, 2,618 holdout; rounds 59–61, 284 fresh pages, 0.959, 0.960 and 0.957 at
# first sight; 2 labels relabelled): the start code and model 0.9698, 0.9532, 0.9656, the end 0.9703, 0.9534, 0.9661:
# the floors are kept
# thirty-ninth session (10,788 pages: 8,102 dev, 2,686 holdout; round 62, 313 fresh pages, 0.954 at first sight; 4 labels
# relabelled): the start code and model 0.9699, 0.9532, 0.9657, the end 0.9705, 0.9537, 0.9663: the floors are kept
# fortieth session (11,102 pages: 8,333 dev, 2,769 holdout; round 63, 314 fresh pages, 0.961 at first sight; 2 labels
# relabelled): the start code and model 0.9702, 0.9538, 0.9661, the end 0.9706, 0.9544, 0.9666: the floors are kept
# forty-first session (11,362 pages: 8,529 dev, 2,833 holdout; round 64, 260 fresh pages, 0.957 at first sight; 5 labels
# relabelled): the start code and model 0.9702, 0.9546, 0.9663, the end 0.9709, 0.9547, 0.9669: the floors are kept;
# forty-second session (11,686 pages: 8,766 dev, 2,920 holdout; round 65, 324 fresh pages, 0.950 at first sight; 11 labels
# relabelled): the start code and model 0.9703, 0.9546, 0.9664, the end 0.9707, 0.9547, 0.9667: the floors are kept
# forty-third session (11,980 pages: 9,000 dev, 2,980 holdout; round 66, 294 fresh pages, 0.958 at first sight; 3 labels
# relabelled): the start code and model 0.9703, 0.9549, 0.9665, the end 0.9713, 0.9563, 0.9676: the floors are kept
# forty-fourth session (12,280 pages: 9,221 dev, 3,059 holdout; round 67, 300 fresh pages, 0.960 at first sight; 8 labels
# relabelled): the start code and model 0.9711, 0.9564, 0.9674, the end 0.9714, 0.9566, 0.9677: the floors are kept
# forty-fifth session (12,559 pages: 9,424 dev, 3,135 holdout; round 68, 279 fresh pages, 0.961 at first sight; no label
# relabelled): the start code and model 0.9711, 0.9568, 0.9675, the end 0.9713, 0.9569, 0.9677: the floors are kept
# forty-sixth session (12,768 pages: 9,582 dev, 3,186 holdout; round 69, 209 fresh pages, 0.968 at first sight; no label
# relabelled): the start code and model 0.9712, 0.9571, 0.9677, the end 0.9715, 0.9571, 0.9679: the floors are kept
# forty-seventh session (12,968 pages: 9,738 dev, 3,230 holdout; round 70, 200 fresh pages, 0.959 at first sight; 6 labels
# relabelled): the start code and model 0.9713, 0.9571, 0.9678, the end 0.9715, 0.9572, 0.9679: the floors are kept
# forty-eighth session (13,215 pages: 9,926 dev, 3,289 holdout; round 71, 247 fresh pages, 0.967 at first sight; 7 labels
# relabelled): the start code and model 0.9715, 0.9572, 0.9679, the end 0.9717, 0.9571, 0.9681: the floors are kept
# forty-ninth session (13,391 pages: 10,059 dev, 3,332 holdout; round 72, 176 fresh pages, 0.955 at first sight; 3 labels
# relabelled by the second reading, 15 by point 133): the start code and model 0.9715, 0.9571, 0.9679, the end 0.9717, 0.9571,
# 0.9681: the floors are kept
# fiftieth session (13,530 pages: 10,169 dev, 3,361 holdout; round 73, 139 fresh pages, 0.960 at first sight; 3 labels
# relabelled by the second reading, 2 by point 134): the start code and model 0.9716, 0.9570, 0.9680, the end 0.9717, 0.9570,
# 0.9681: the floors are kept
# fifty-first session (13,722 pages: 10,306 dev, 3,416 holdout; round 74, 192 fresh pages, 0.956 at first sight; 11 labels
# relabelled by the second reading): the start code and model 0.9715, 0.9569, 0.9679, the end 0.9717, 0.9570, 0.9680: the
# floors are kept
# fifty-second session (13,965 pages: 10,493 dev, 3,472 holdout; round 75, 243 fresh pages, 0.970 at first sight; 5 labels
# relabelled by the second reading): the start code and model 0.9716, 0.9574, 0.9681, the end 0.9717, 0.9576, 0.9682: the
# floors are kept
# fifty-third session (14,128 pages: 10,613 dev, 3,515 holdout; round 76, 163 fresh pages, 0.971 at first sight; 2 labels
# relabelled by the second reading): the start code and model 0.9716, 0.9579, 0.9682, the end 0.9718, 0.9578, 0.9683: the
# floors are kept
# fifty-fourth session (14,249 pages: 10,707 dev, 3,542 holdout; round 77, 121 fresh pages, 0.970 at first sight; 4 labels
# relabelled by the second reading, and one twin copy with them): the start code and model 0.9717, 0.9579, 0.9683, the end
# 0.9718, 0.9581, 0.9684: the floors are kept
# fifty-fifth session (14,388 pages: 10,807 dev, 3,581 holdout; round 78, 139 fresh pages, 0.954 at first sight; 4 labels
# relabelled by the second reading): the start code and model 0.9716, 0.9581, 0.9683, the end 0.9718, 0.9581, 0.9684: the
# floors are kept; fifty-sixth session (14,551 pages: 10,933 dev, 3,618 holdout; round 79, 163 fresh pages, 0.961 at
# first sight; 2 labels relabelled by the second reading): the start code and model 0.9717, 0.9582, 0.9683, the end
# 0.9720, 0.9584, 0.9686: the floors are kept; fifty-seventh session (14,656 pages: 11,010 dev, 3,646 holdout; round 80,
# 105 fresh pages, 0.952 at first sight; none relabelled by the second reading): the start code and model 0.9719, 0.9583,
# 0.9685, the end 0.9721, 0.9586, 0.9687: the floors are kept; fifty-eighth session (14,781 pages: 11,103 dev, 3,678
# holdout; round 81, 125 fresh pages, 0.956 at first sight; 2 labels relabelled by the second reading): the start code and
# model 0.9719, 0.9585, 0.9686, the end 0.9720, 0.9587, 0.9687: the floors are kept; fifty-ninth session (14,894 pages:
# 11,196 dev, 3,698 holdout; round 82, 113 fresh pages, 0.960 at first sight; 1 label relabelled by the second reading):
# the start code and model 0.9719, 0.9586, 0.9686, the end 0.9721, 0.9587, 0.9688: the floors are kept; sixtieth session (15,009
# pages: 11,283 dev, 3,726 holdout; round 83, 115 fresh pages, 0.952 at first sight; 4 labels relabelled by the second
# reading): the start code and model 0.9720, 0.9586, 0.9686, the end 0.9721, 0.9587, 0.9688: the floors are kept;
# sixty-first session (15,168 pages: 11,399 dev, 3,769 holdout; round 84, 159 fresh pages, 0.946 at first sight; 2 labels
# relabelled by the second reading): the start code and model 0.9719, 0.9584, 0.9686, the end 0.9720, 0.9584, 0.9686: the
# floors are kept; sixty-second session (15,352 pages: 11,538 dev, 3,814 holdout; round 85, 184 fresh pages, 0.953 at first
# sight; 8 labels relabelled by the second reading): the start code and model 0.9718, 0.9582, 0.9684, the end 0.9719,
# 0.9584, 0.9685: the floors are kept; sixty-third session (15,466 pages: 11,627 dev, 3,839 holdout; round 86, 114 fresh
# pages, 0.966 at first sight; 1 label relabelled by the second reading): the start code and model 0.9718, 0.9584, 0.9685,
# the end 0.9720, 0.9583, 0.9686: the floors are kept; sixty-fourth session (15,547 pages: 11,686 dev, 3,861 holdout; round
# 87, 81 fresh pages, 0.937 at first sight; 2 labels relabelled by the second reading): the start code and model 0.9718,
# 0.9580, 0.9684, the end 0.9720, 0.9580, 0.9685: the floors are kept; sixty-fifth session (15,646 pages: 11,753 dev,
# 3,893 holdout; round 88, 99 fresh pages, 0.946 at first sight; 2 labels relabelled by the second reading): the start
# code and model 0.9718, 0.9580, 0.9684, the end (the year model) 0.9725, 0.9582, 0.9690: the floors are kept; sixty-sixth
# session (15,715 pages: 11,805 dev, 3,910 holdout; round 89, 69 fresh pages, 0.954 at first sight; 2 labels relabelled by
# the second reading): the start code and model 0.9724, 0.9582, 0.9689, the end (both models retrained) 0.9725, 0.9581,
# 0.9689: the floors are kept; sixty-seventh session (15,812 pages: 11,882 dev, 3,930 holdout; round 90, 97 fresh pages,
# 0.951 at first sight; 3 labels relabelled by the second reading): the start code and model 0.9723, 0.9581, 0.9688, the
# end (both models retrained) 0.9724, 0.9582, 0.9689: the floors are kept; sixty-eighth session (15,861 pages: 11,914 dev,
# 3,947 holdout; round 91, 49 fresh pages, 0.945 at first sight; 6 labels relabelled by the second reading): the start
# code and model 0.9724, 0.9581, 0.9688, the end (one issuer rule, both models retrained) 0.9723, 0.9582, 0.9688: the
# floors are kept; sixty-ninth session (15,925 pages: 11,958 dev, 3,967 holdout; round 92, 64 fresh pages, 0.950 at
# first sight; 3 labels relabelled by the second reading): the start code and model 0.9722, 0.9582, 0.9687, the end
# (both models retrained) 0.9723, 0.9582, 0.9688: the floors are kept; seventieth session (16,022 pages: 12,029 dev,
# 3,993 holdout; round 93, 97 fresh pages, 0.932 at first sight; 2 labels relabelled by the second reading): the start
# code and model 0.9721, 0.9579, 0.9686, the end (one issuer-name rule, both models retrained) 0.9721, 0.9578, 0.9686:
# the floors are kept; seventy-first session (16,232 pages: 12,190 dev, 4,042 holdout; rounds 94 and 95, 210 fresh pages,
# 0.938 and 0.937 at first sight; 6 labels relabelled by the second reading): the start code and model 0.9717, 0.9576,
# 0.9682, the end (three chrome, name and tag rules, both models retrained twice) 0.9720, 0.9575, 0.9684: the floors are
# kept; seventy-second session (16,423 pages: 12,339 dev, 4,084 holdout; rounds 96 and 97, 191 fresh pages, 0.936 and
# 0.942 at first sight; 6 labels relabelled by the second reading): the start code and model 0.9716, 0.9572, 0.9680, the
# end (three layout rules, both models retrained) 0.9717, 0.9572, 0.9681: the floors are kept; seventy-third session
# (16,613 pages: 12,477 dev, 4,136 holdout; rounds 98 and 99, 190 fresh pages, 0.940 and 0.942 at first sight; 17 labels
# relabelled by the second readings): the start code and model 0.9714, 0.9571, 0.9678, the end (two layout rules, two
# name rules, both models retrained) 0.9715, 0.9571, 0.9679: the floors are kept; seventy-fourth session (16,624 pages:
# 12,486 dev, 4,138 holdout; round 100, 11 fresh pages, 0.929 at first sight; 1 label relabelled by the second
# reading): the start code and model 0.9715, 0.9571, 0.9679, the end (one title rule, both models retrained) 0.9715,
# 0.9571, 0.9679: the floors are kept; seventy-fifth session (the same 16,624 pages, no new labels): the start 0.9715,
# 0.9571, 0.9679, the end (two issuer rules) 0.9717, 0.9572, 0.9681: the floors are kept; seventy-sixth session (the
# same pages, no new labels): the start 0.9717, 0.9572, 0.9681, the end (the kind model refitted with 15000 n-grams,
# chosen out of fold on dev) 0.9722, 0.9576, 0.9686: the floors are kept; seventy-seventh session (the same pages, no new
# labels): the start 0.9722, 0.9576, 0.9686, the end (the year model retrained with 15000 n-grams at 0.7, chosen out of
# fold on dev) 0.9727, 0.9577, 0.9689: the floors are kept; seventy-eighth session (the same pages, no new labels): the
# start 0.9727, 0.9577, 0.9689, the end (two place rules, both models retrained, a title rule) 0.9731, 0.9581, 0.9694: the floors are
# kept; seventy-ninth session (the same pages, one title relabelled under point 135): the start 0.9731, 0.9581, 0.9694,
# the end (five title rules, a letter number's year, both models retrained) 0.9732, 0.9581, 0.9695: the floors are kept;
# eightieth session (the same pages, no label changed; point 136 settled): the start 0.9732, 0.9581, 0.9695, the end
# (an item's record titled by its letter, a system's record by its trail, a street's congress committee as issuer,
# both models retrained three times) 0.9734, 0.9583, 0.9696: the floors are kept; the eighty-first session's end (an item
# number's year read from the headline too, five dev years relabelled under point 133, two kind rules, the year model
# retrained) 0.9735, 0.9582, 0.9697: the floors are kept; the eighty-second session's end (a session's opening news by
# its prose sentences, both models retrained, files unchanged) 0.9735, 0.9582, 0.9697: the floors are kept; the
# eighty-third session's end (figures by scope in more wordings, replies headed by numbered or quoted items, both models
# retrained: the year model's file changed) 0.9735, 0.9583, 0.9697: the floors are kept; the eighty-fourth session's end
# (issuer rules of a kind of page: a house's organs acting, members and features at a session, a ministry named in
# passing, an item's own text) 0.9740, 0.9587, 0.9702: the floors are kept; the eighty-fifth session's end (issuer
# rules of a kind of page: a party's committee at a session, a relayed answer, a town congress's county; address dates
# of a disclosure platform and a 两会 special; the host and the outlet after a dropped place) 0.9743, 0.9588, 0.9704:
# the floors are kept; the eighty-sixth session's end (place rules of a kind of page: a city's portal its pinyin shares,
# a county's portal after its province's code, the host and the text after a dropped place, a 市 text's one county-level
# city, 我县 alone, cities the dictionary glosses, a name a prefecture shares with its county; a CPPCC standing meeting's
# house; a report in a government's name) 0.9751, 0.9595, 0.9712: the floors are kept; the eighty-seventh session's end
# (a headline over its reporters' credit, a series' banner before a bar, a signature over a broken date, a host label the
# text reads otherwise, 城北 and 路北, a two-character district alone, houses after a short name or by more doings, a
# people's organisation named relatively) 0.9752, 0.9596, 0.9713: the floors are kept; the eighty-eighth session's end
# (more bureaus by their sites' initials, the place holding a place named below the level spoken, a 成文日期's year, a
# record's lead unit, a bureau posting on its government's portal, a ministry acting in its answer, headline bodies after
# a tag, a quoted number or a prefecture's short name) 0.9755, 0.9600, 0.9716: the floors are kept
FIELD_ACCURACY_FLOOR = {"dev": 0.970, "holdout": 0.950, "all": 0.965}
# per split, just above what is reached: one more wrong or spurious number fails
# reached: wrong dev 0.00, holdout 1.30, all 0.36; spurious dev 0.49, holdout 5.42, all 1.84 (1,684 pages; the 23
# holdout pages added in the fifth session, chosen for their figures, brought 10 spurious numbers at first sight,
# the 391 before them 11; the 47 of the sixth session two wrong and four spurious; the 132 fresh dev pages of the
# sixth session some spurious, left as they are: whose-figure cases and session news no general rule settles yet)
# seventh session: the blind second reading relabelled 50 labels by the conventions; where a page's figures
# were read as another body's, a general work report's or a meeting's, banli's figure became spurious (holdout
# spurious 5.42 → 6.05, wrong 1.30 → 1.08 on 463 pages; dev spurious 0.56 → 0.64)
# eighth session: 71 fresh pages (58 dev: 1 wrong and 8 spurious at first sight, 0 and 4 after the session's rules; the
# 11 holdout none); reached wrong dev 0.00, holdout 1.04, all 0.28; spurious dev 0.60, holdout 5.18, all 1.82
# tenth session: 93 fresh pages (70 dev: 0 wrong and 2 spurious at first sight, 0 and 1 after the session's rules; the
# 23 holdout none), then 67 more (45 dev: 1 spurious; 22 holdout: 2 spurious at first sight, left as they are: the
# holdout is not tuned on); reached wrong dev 0.00, holdout 0.95, all 0.25; spurious dev 0.62, holdout 5.30, all 1.88:
# the ceilings of holdout and all rise by what the new holdout pages brought, not by any change of code
# eleventh session: 251 fresh pages in three rounds (189 dev, 62 holdout; at first sight 0.947, 0.939 and 0.947 field
# accuracy, wrong + spurious 3.6, 8.6 and 0.0 per 100). On the end's 2,223 pages the session's start code (8d6a528, its
# model) gives wrong dev 3, holdout 5; spurious dev 14, holdout 30; the end code (the model retrained three times on the
# new dev labels) dev 1 and 10, holdout 5 and 30. Dev keeps one wrong number of a fresh page (619ff2fd85be: the national
# CPPCC's filed count on a 中国残联 page); the ceilings sit just above what is reached again
# twelfth session: 149 fresh pages in two rounds (116 dev, 33 holdout). On the 2,372 pages the kind model trained before
# them gives wrong dev 2, holdout 6; spurious dev 19, holdout 31; retrained on the 1,749 dev labels (as
# test_doctype_model requires) dev 2 and 11, holdout 6 and 36: the retrain's probabilities let five more spurious holdout
# numbers through (the holdout pages are not read one by one; no rule was chosen on them). Dev keeps a fresh page's
# wrong lead (d26d024afbfa: 主(承、分)办45件 unread, the per-kind 主办22件 taken); the ceilings sit just above what is reached
# then 87 more (round 5: 63 dev, 24 holdout; at first sight 0.954, wrong 1, spurious 2): on 2,459 pages wrong dev 2,
# holdout 7; spurious dev 11, holdout 36; then 91 more (round 6: 75 dev, 16 holdout; at first sight 0.942, wrong 1,
# spurious 10, all on dev pages): on 2,550 pages wrong dev 2, holdout 7; spurious dev 12, holdout 36; then 97 more
# (round 7: 70 dev, 27 holdout; at first sight 0.931, wrong 0, spurious 1): on 2,647 pages wrong dev 2, holdout 7;
# spurious dev 12, holdout 37; the last second reading relabelled a received count null (6c6dfda7f382, point 76): dev
# spurious 13; then 20 more (round 8, cut short when the search tool's budget ran out: at first sight 0.935, no wrong or
# spurious number): on 2,667 pages the same numbers; thirteenth session, 240 more (round 9: 165 dev, 75 holdout; at first
# sight 0.937, 0.941 and 0.937 in three waves, wrong + spurious 4.8, 5.3 and 9.5 per 100): on 2,907 pages wrong dev 4
# (a part's 21 for a whole 272, 5f074e1a2e9d; a session's 4516 for a topical 55, f622ac7a4f3e: both fresh), holdout 8;
# spurious dev 13, holdout 42 (44 with the session's start code); then 73 more (wave 4: 55 dev, 18 holdout; at first sight
# 0.950, no wrong number, 1 spurious): on 2,980 pages wrong dev 4, holdout 8; spurious dev 14, holdout 41 (44 with the start
# code); then 72 more (wave 5: 51 dev, 21 holdout; at first sight 0.944, no wrong number, 2 spurious): on 3,052 pages
# wrong dev 4, holdout 8; spurious dev 14, holdout 43 (46 with the start code); fourteenth session, 371 more (round 10:
# 278 dev, 93 holdout; at first sight 0.950, 0.931, 0.945, 0.952, 0.941 and 0.949 in six waves, no wrong number, 10
# spurious): on 3,423 pages wrong dev 4, holdout 8; spurious dev 19 (subsets' figures of fresh pages: 9d5b5dfab125,
# 9de813d5a64d, da12e474346b …), holdout 44 (the session's start code and model: wrong 5 and 8, spurious 22 and 46);
# fifteenth session, 462 more (round 11: 350 dev, 112 holdout; at first sight 0.954 pooled over fourteen waves, no wrong
# number, 7 spurious): on 3,885 pages wrong dev 4, holdout 8; spurious dev 21, holdout 47 (the start code: 21 and 49);
# sixteenth session, 438 more (round 12: 327 dev, 111 holdout; at first sight 0.950 pooled over nineteen waves, no wrong
# number, 3 spurious): on 4,323 pages wrong dev 4, holdout 7; spurious dev 21, holdout 53 (the start code and its model:
# wrong 4 and 8, spurious 23 and 48; the kind model retrained on 3,198 dev labels lets 3 more through, its 600-character
# opening, chosen by cross-validation on dev, 2 more: the holdout pages are not read one by one); seventeenth session,
# 436 more (round 13: 329 dev, 107 holdout; the session's start code on them 0.958, no wrong number, 3 spurious: 2 dev
# subsets of a received or topic count, 6bb1247ff95f and d4a42829c33d, and 1 holdout): on 4,759 pages wrong dev 4,
# holdout 7; spurious dev 23, holdout 54 (the start code and its model alike); eighteenth session, 278 more (round 14:
# 202 dev, 76 holdout; at first sight 1 wrong number, fixed since, no spurious one): on 5,037 pages wrong dev 3, holdout
# 7; spurious dev 23, holdout 53; nineteenth session, 273 more (round 15: 198 dev, 75 holdout; at first sight 1 wrong
# holdout number and 1 spurious dev one, then none in the second wave): on 5,310 pages wrong dev 3, holdout 8; spurious
# dev 24, holdout 53; twenty-second session, 381 more (rounds 20–22: 304 dev, 77 holdout; no wrong or spurious number at
# first sight): on 6,359 pages wrong dev 3, holdout 9; spurious dev 27, holdout 56 (the start code and its model: holdout
# 8 and 55; the kind model retrained on round 21's dev labels lets one more of each through its summary gate);
# twenty-third session, 223 more (rounds 23–24: 171 dev, 52 holdout; at first sight 2 spurious and 1 wrong dev numbers,
# none on the holdout): on 6,582 pages wrong dev 4, holdout 9; spurious dev 28, holdout 56 (the start code: the same but
# dev spurious 29); twenty-fourth session, 230 more (rounds 25–26: 174 dev, 56 holdout; at first sight 4 spurious and 2
# wrong dev numbers, none on the holdout): on 6,812 pages wrong dev 4, holdout 9; spurious dev 29, holdout 56 (the start
# code and its model: wrong dev 6, spurious dev 32, the holdout the same); twenty-fifth session, 214 more (rounds 27–28:
# 153 dev, 61 holdout; at first sight 3 spurious dev rates and 1 wrong dev number, all fixed, none on the holdout): on
# 7,026 pages wrong dev 4, holdout 9; spurious dev 31, holdout 55 (the start code and its model: wrong dev 5, spurious dev
# 32, holdout 56); twenty-sixth session, 195 more (rounds 29–30: 153 dev, 42 holdout; at first sight 1 wrong and 8
# spurious dev numbers, 1 spurious holdout number): on 7,221 pages wrong dev 5, holdout 9; spurious dev 29, holdout 54
# (the start code and its model: wrong dev 6, spurious dev 39, holdout 9 and 56); twenty-seventh session, 111 more (round
# 31: 79 dev, 32 holdout; at first sight 3 spurious dev numbers and 2 spurious holdout numbers, session news carrying the
# year's account read as the account): on 7,332 pages wrong dev 5, holdout 9; spurious dev 29, holdout 58 (the start code
# and its model: wrong dev 5, spurious dev 32, holdout 9 and 56; the two more on the holdout come from the kind model
# retrained on the dev labels, not from a rule); twenty-eighth session, 166 more (rounds 32 and 33: 137 dev, 29 holdout;
# at first sight 1 and 3 spurious dev numbers, 0 and 2 spurious holdout numbers, then 11 labels relabelled): on 7,498
# pages wrong dev 5, holdout 8; spurious dev 32, holdout 60 (the start code and its model: wrong dev 5, spurious dev 33,
# holdout 9 and 62);
# a blind second reader against the label: 1.06 (dev) and 1.67 (holdout) wrong + spurious per 100 pages
# (bench/reader_agreement.py), so the holdout ceiling here is not the target of 1 per 100;
# eighty-third session, 16,624 pages (no labelling round since the seventy-fourth): wrong dev 5, holdout 9; spurious dev
# 42, holdout 76 (the start code: dev 7 and 50, the holdout the same). The ceilings had drifted far above what is reached
# (dev spurious 0.8 against 0.34 reached: 58 more spurious dev numbers would have passed); they sit just above it again,
# so that two more wrong numbers or three more spurious ones in a split fail (fewer pass: the per-100 figures are rounded)
WRONG_PER_100_CEILING = {"dev": 0.05, "holdout": 0.25, "all": 0.09}
SPURIOUS_PER_100_CEILING = {"dev": 0.35, "holdout": 1.9, "all": 0.73}


@pytest.fixture(scope="module")
def evaluated():
    assert (CORPUS / "labels").is_dir(), f"the labelled corpus is missing: {CORPUS}"
    found, comparisons = evaluate(CORPUS)
    assert found["all"]["documents"] > 0, "the corpus has no labelled pages"
    return found, comparisons


@pytest.fixture(scope="module")
def figures(evaluated):
    return evaluated[0]


def test_the_year_model_is_trained_on_the_dev_pages_normalize_calls_other(evaluated):
    """scripts/train_year_model.py trains on the dev pages normalize calls `other`: a refitted kind model, or a rule
    that moves a dev page in or out of `other`, leaves the year model trained on other pages until it is retrained."""
    called_other = {item.page_id for item in evaluated[1]
                    if item.split == "dev" and item.fields.get("doc_type", (None, None))[1] == "other"}
    trained = set(json.loads(YEAR_MODEL_PATH.read_text(encoding="utf-8"))["trained_on"])
    assert trained == called_other, (f"{len(trained - called_other)} trained on are not `other` now, "
                                     f"{len(called_other - trained)} `other` pages untrained: "
                                     "retrain with python scripts/train_year_model.py")


@pytest.mark.parametrize("split", ["dev", "holdout", "all"])
def test_no_failed_extraction(figures, split):
    assert figures[split]["failed_extractions"] == 0


@pytest.mark.parametrize("split", ["dev", "holdout", "all"])
def test_field_accuracy_floor(figures, split):
    assert figures[split]["field_accuracy"] >= FIELD_ACCURACY_FLOOR[split], figures[split]["fields"]


@pytest.mark.parametrize("split", ["dev", "holdout", "all"])
def test_wrong_and_spurious_numbers_ceilings(figures, split):
    assert figures[split]["wrong_per_100"] <= WRONG_PER_100_CEILING[split]
    assert figures[split]["spurious_per_100"] <= SPURIOUS_PER_100_CEILING[split]
