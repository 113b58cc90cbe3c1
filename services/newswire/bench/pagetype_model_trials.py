"""The page-type model's settings tried since session 43 and not kept (the cut's rule and
estimator, bags, regularization, the trees' size and shrinkage, a second stage, a binary model,
extra training rows), judged over 20 domain splits (the halves and ``pagetype_splits.reseeded``
seeds 1-9, both ways) or the bench's CV and halves, with their figures. The columns tried over the
same splits: ``pagetype_column_trials``; the recipe's settings and the tries of sessions 14-41:
``pagetype_recipe``. Notes only: the harnesses were throw-away scripts around the bench's own
functions (``pagetype_train.matrix`` / ``stack``, ``pagetype_splits``), one model per direction,
its article cut at the recipe's ``RECALL`` of the training half's grouped out-of-fold articles.
"""

#: Session 43, over the 20 directions and base of ``pagetype_column_trials``' session 43. The cut
#: at 98% out-of-fold recall instead of 97.5%: 0.9799 / 0.9563, 0.9058 / 0.8806 (recall 14 / 0,
#: accuracy 1 / 18; under 0.97 on 3 directions): the worst direction (halves B -> A) gains one
#: story at most. None kept.
#: Session 51, judged the same way over the same 20 directions (HTML with a URL, one model per
#: direction, its cut at 97.5% of the training half's grouped out-of-fold articles; main 435fbc1's
#: extraction, pure Python; a throw-away harness outside the tree, with the bench's own functions:
#: ``pagetype_train.matrix`` / ``stack``, ``pagetype_splits``; figures mean / worst of article
#: recall, accuracy at the trained cut, accuracy at the test cut keeping 97%, 7-class; then the
#: directions better / worse on each). As shipped: 0.9750 / 0.9539, 0.9190 / 0.8823, 0.9284 /
#: 0.8936, 0.8529 / 0.8320 (recall under 0.97 in 6, accuracy >= 0.93 in 3, both floors in 1: the
#: session 43 reading again). The 118 ScrapingHub stories as extra article rows in every
#: direction's training (all in training, never tested; those whose domain is in the test half
#: left out, 107-117 kept; the cut read on the wcxb-dev rows alone): 0.9761 / 0.9455, 0.9149 /
#: 0.8884, 0.9263 / 0.9042, 0.8522 / 0.8266 (recall 10 / 10, accuracy 9 / 11, at 97% 7 / 12):
#: more easy stories move the trees, not the hard cases (session 26's one-split reading, again).
#: A second stage for the pages called article (stage 1 cut at 99% out-of-fold recall; a binary
#: boosted model, 60 trees of depth 2, on the features and stage 1's 7 probabilities of the pages
#: stage 1 calls article, its cut from grouped out-of-fold scores inside that set keeping 0.975 /
#: 0.99 of its stories), first 10 directions: recall 0.9730 -> 0.9775 (7 / 0), accuracy 0.9209 ->
#: 0.8930 (0 / 9), at 97% 0.9264 -> 0.9181 (4 / 6), 7-class 0.8522 -> 0.8323; stage 1 at 98.5%:
#: 0.9754, 0.9070 (2 / 8), 0.9214 (3 / 7), 0.8416: it buys recall with accuracy as a lower cut
#: does, and ranks worse (too few false stories near the cut to learn from: ~60 a half). Fewer,
#: larger steps (80 rounds at rate 0.15, two thirds of the trees): 0.9743 / 0.9539, 0.9178 /
#: 0.8897, 0.9268 / 0.9001, 0.8518 / 0.8241 (recall 4 / 9, at 97% 5 / 11). Stronger
#: regularization (``min_samples_leaf`` 20, ``l2_regularization`` 3): 0.9751 / 0.9506, 0.9164 /
#: 0.8910, 0.9286 / 0.9067, 0.8514 / 0.8150 (recall 7 / 9, accuracy 8 / 10, at 97% 8 / 10). None
#: kept: every move is the size of the split's own noise. Each split choosing among a random
#: half of the features (``max_features`` 0.5; session 14 tried 0.3 on CV): with random_state 0
#: 0.9748 / 0.9506, 0.9201 / 0.8897, 0.9311 / 0.8988, 0.8563 / 0.8241 (recall 9 / 7, at 97%
#: 13 / 7, 7-class 14 / 5), but its own seed moves it as much: random_state 1 0.9737 / 0.9455,
#: 0.9196 / 0.8784, 0.9300 / 0.9014, 0.8550 / 0.8289 (at 97% 10 / 10; recall under 0.97 in 8),
#: 2 0.9733 / 0.9403, 0.9210 / 0.8784, 0.9286 / 0.8857, 0.8567 / 0.8260 (10 / 9; 7); 0.7 with
#: state 0 0.9740 / 0.9429, 0.9181 / 0.8769, 0.9266 / 0.8949, 0.8529 / 0.8215. Only the 7-class
#: mean gains every time (+0.002-0.004) while the worst recall falls: not kept.
#: Session 58, over the 20 directions and base of ``pagetype_column_trials``' session 58. The cut
#: read on the same scores (no refit): at 98% 0.9785 / 0.9532, accuracy 0.9099 (13 / 0, 0 / 17;
#: under 0.97 in 4); 98.5% 0.9828 / 0.9584, 0.8950; 99% 0.9894 / 0.9766 (none under 0.97), 0.8674
#: / 0.7949; session 31's margin at 97.5% 0.9740 / 0.9506, 0.9216 (7 / 6, 10 / 10); argmax
#: 0.9673, 0.9309 (under 0.97 in 12): each half point of recall costs ~1.3 points of accuracy,
#: the ranking (at 97%) is the limit, not the cut.
#: Session 60, same rows, harness and 20 directions (base reproduced bit for bit; mean recall /
#: accuracy at the trained cut / at 97%, under 0.97). The cut: the trained one is unbiased (test
#: recall 0.9738 for 97.5% out-of-fold); read on the same scores, 97% out-of-fold 0.9712 / 0.9267,
#: under 9; the mean of the five folds' own cuts 0.9708 / 0.9281; a nested target (the out-of-fold
#: share whose cut from four inner folds keeps 97.5% of the fifth's: 97.1-98.2%) 0.9760 /
#: 0.9124; 97% nested 0.9724 / 0.9228: every rule sits on one recall-for-accuracy curve, and even
#: the test's own 97% cut reads 0.9294 (the ranking, not the cut, holds accuracy under 93%). The
#: trees are deterministic (``random_state`` 0, 1, 2: equal probabilities; no early stopping or
#: subsampling at ~750 rows), so the trainer's seeds are the inner domain folds' dealing
#: (``GroupKFold(shuffle=True, random_state=s)`` for the lexicon's stacking and the cut); that
#: alone moves the base (0.9738 / 0.9205 / 0.9294 as shipped) to 0.9765 / 0.9150 / 0.9294,
#: 0.9770 / 0.9137 / 0.9296 and 0.9745 / 0.9204 / 0.9317 (s 1-3).
#: Session 61, on main da9faeb1's extraction (cache rebuilt; session 60's harness, the models'
#: log-probabilities kept; 20 directions; mean recall / accuracy at the trained cut / at 97% /
#: 7-class, then directions better / worse). Alone, by the stacking folds' dealing (s 0-2):
#: 0.9770 / 0.9167 / 0.9318 / 0.8588, 0.9764 / 0.9176 / 0.9297 / 0.8593, 0.9770 / 0.9164 /
#: 0.9299 / 0.8595 (recall under 0.97 in 5, 5, 6). A bag over the dealings (one model per
#: dealing, all rows; the softmax of the members' mean log-probabilities, which is the
#: exported bag's mean of raw scores; the cut at 97.5% of the members' averaged out-of-fold
#: scores), dealings 0+1, 0+2, 1+2, 0+1+2: 0.9730 / 0.9236 / 0.9323 / 0.8641, 0.9734 / 0.9233 /
#: 0.9323 / 0.8652, 0.9739 / 0.9244 / 0.9326 / 0.8661, 0.9726 / 0.9245 / 0.9323 / 0.8660; against
#: the mean of its members alone, per direction: recall -0.0037 (3 / 14), -0.0036 (4 / 12),
#: -0.0028 (6 / 10), -0.0042 (4 / 13; under 0.97 in 7-10 directions), accuracy +0.006-0.008
#: (16-18 / 1-3), at 97% +0.0016 (13 / 6), +0.0015 (12 / 8), +0.0028 (13 / 4), +0.0018 (10 / 7),
#: 7-class +0.005-0.007 (16-19 / 1-3). The accuracy at its cut is bought with recall (the
#: averaged out-of-fold scores are smoother than a bag's test scores, so the cut sits higher:
#: session 40's reading again), and the ranking gains ~0.002 at 97%, the size of one dealing's
#: own spread (0.9297-0.9318), no more with three members than with two; only the 7-class
#: label gains every time. (On session 60's rows, four dealings: pairs 0.9312-0.9342 at 97%,
#: all four 0.9349, against 0.9294-0.9317 alone.) The same at the shipped tree count, 60 rounds
#: at rate 0.2 a member: alone 0.9764 / 0.9187 / 0.9315, 0.9753 / 0.9164 / 0.9301, 0.9770 /
#: 0.9171 / 0.9313 (120 at 0.1's ranking), pairs at 97% +0.0007 (10 / 7), +0.0009 (12 / 7),
#: +0.0026 (15 / 4) over their members, the three +0.0027 (12 / 6; 7-class 0.8679, 20 / 0),
#: recall -0.001 to -0.003. Cost of more trees (main's compiled walk, CPU, median of the best of
#: 7 per page): 840 trees 6.0 us, 1,680 9.7, 2,520 13.5, 3,360 17.4; the file ~+90 KB a member
#: (HTML and URL-less models). Not shipped: the ranking's gain is within the dealing noise and
#: the recall at the trained cut falls; ``pagetype_train.fit_dealt`` (``DEALINGS`` members, one
#: per dealing, its out-of-fold scores nested) was written in session 61 and not kept.
#: A dedicated article-vs-rest model (binary objective, 120 rounds, its own cut the same way):
#: at 97% 0.9104 (0 / 20 against the 7-class model's P(article)), 0.9077 (1 / 19) for dealings
#: 0 and 1, their bag 0.9120; accuracy at its cut 0.8886, 0.8880 at recall 0.9760, 0.9764: it
#: ranks far worse (session 24's one split, again): the other six classes are what the trees
#: separate the service and documentation pages by.
#: The trees' size and shrinkage, dealing 0 (against 120 rounds at 0.1, depth 3, 10 a leaf:
#: 0.9770 / 0.9167 / 0.9318 / 0.8588): 60 rounds at 0.2 0.9764 / 0.9187 / 0.9315 / 0.8596 (at 97%
#: 8 / 10), 40 at 0.3 0.9744 / 0.9205 / 0.9307 / 0.8594 (10 / 10; worst recall 0.9325), 30 pages
#: a leaf 0.9770 / 0.9176 / 0.9313 / 0.8603 (11 / 8), depth 4 at 80 rounds 0.9739 / 0.9161 /
#: 0.9288 / 0.8575 (8 / 10; recall under 0.97 in 8): one flat curve, every point within 0.003
#: at 97% of the recipe's, as sessions 24 and 51 read (``min_samples_leaf`` 20, ``l2`` 3, 80 at
#: 0.15, ``max_features``); a third of the trees ranks as well (a cost lead, not a gain).
#: Nothing shipped: neither bagging, nor the trees' settings, nor a binary model moves the
#: ranking beyond the dealing's noise; the deep misses (session 60) stay where they were.
#: Session 69, regularization and bags of the whole recipe, on main d394da5f's rows (cache rebuilt;
#: HTML with a URL; a throw-away harness around ``pagetype_train.matrix`` / ``stack`` /
#: ``choose_threshold`` whose base reproduces the bench's figures; 7-class / article recall /
#: accuracy at the trained cut / at the test cut keeping 97%). As shipped (``pagetype_bench
#: --halves --kinds html``): CV 0.872 / 0.972 / 0.930 / 0.933 (precision 0.903), A -> B 0.839 /
#: 0.992 / 0.891 / 0.941 (cut 0.19), B -> A 0.868 / 0.964 / 0.937 / 0.930 (cut 0.41); ScrapingHub
#: 118/118 as HTML and as text. Tried, each CV; A -> B; B -> A:
#: coarser thresholds (``max_bins`` 32: a split cannot sit between two pages' near values) 0.882 /
#: 0.974 / 0.933 / 0.934; 0.870 / 0.987 / 0.926 / 0.932 (cut 0.38); 0.870 / 0.966 / 0.929 / 0.921
#: (cut 0.30); ``max_bins`` 64: 0.879 / 0.976 / 0.933 / 0.935; 0.844 / 0.992 / 0.894 / 0.932; 0.863
#: / 0.966 / 0.932 / 0.932. Each column clipped to its training 1-99% (3-97%) range, which the
#: exported trees would need no change for (no threshold sits outside it): 0.874 / 0.975 / 0.931 /
#: 0.933; A -> B as shipped; 0.861 / 0.964 / 0.934 / 0.933 (3%: 0.875 / 0.972 / 0.931 / 0.932;
#: 0.835 / 0.987 / 0.884 / 0.942; 0.863 / 0.964 / 0.933 / 0.927). Bags whose members each see a
#: random 70% of the training domains (seeded draw, raw scores averaged as the export does):
#: 4 members of 60 rounds at 0.2 (twice the trees) 0.882 / 0.975 / 0.932 / 0.936; 0.842 / 0.987 /
#: 0.905 / 0.941; 0.862 / 0.971 / 0.915 / 0.923; 3 of 40 at 0.3 (the shipped size) 0.880 / 0.972 /
#: 0.931 / 0.934; 0.844 / 0.990 / 0.908 / 0.938; 0.863 / 0.964 / 0.920 / 0.904; 3 of the full
#: 120 at 0.1 (three times the trees) 0.885 / 0.975 / 0.934 / 0.937; 0.840 / 0.987 / 0.909 /
#: 0.939; 0.865 / 0.966 / 0.925 / 0.911; ``max_bins`` 32 with the 4 x 60 bag 0.884 / 0.976 /
#: 0.935 / 0.941; 0.857 / 0.987 / 0.921 / 0.939; 0.867 / 0.966 / 0.925 / 0.915. Every one gains on
#: CV (7-class +0.2-1.3 points, accuracy +0.1-0.5) and every one loses B -> A's accuracy at its
#: cut (0.937 -> 0.915-0.934); the bins and the bags gain A -> B's (0.891 -> 0.894-0.926), but
#: that gain is the cut moving up (0.19 -> 0.21-0.38), the B -> A loss the cut moving down
#: (0.41 -> 0.24-0.37; up to three more stories kept there). At 97% (the ranking) A -> B loses
#: or holds with every try but the 3% clip (+0.001), B -> A gains only with ``max_bins`` 64 and
#: the 1% clip (+0.002, +0.003), and the bags rank B's half worse (0.930 ->
#: 0.904-0.923): B -> A's deep misses are not one training page's flag, and smoother trees lift
#: the service pages near the cut with the stories. None shipped (the keep rule: CV, A -> B and
#: B -> A accuracy all held, recall held; no try holds B -> A). The two that ranked B -> A better,
#: on seeds 1-3 both ways (accuracy at the cut / at 97%, as shipped 0.922 / 0.912, 0.903 /
#: 0.937, 0.924 / 0.945, 0.923 / 0.911, 0.916 / 0.916, 0.935 / 0.946): ``max_bins`` 64 0.922 /
#: 0.924, 0.889 / 0.927, 0.932 / 0.948, 0.922 / 0.919, 0.911 / 0.894, 0.927 / 0.931 (at the cut
#: 1 better / 4 worse, at 97% 3 / 3); the 1% clip as shipped on five, seed 2 B -> A 0.925 /
#: 0.911 (its trees barely change: few splits sit in a column's outer 1%). Noise, as before.
#: Session 69, the cut's estimator (branch s69-pagecut; main 374db74f's rows, HTML with a URL;
#: the trained models fixed, the cut alone read on their scores; recall / accuracy at the cut).
#: As shipped (the 2.5% tail as one order statistic): CV 0.905 / 0.975 / 0.933 (precision /
#: recall / accuracy), A -> B 0.990 / 0.895 (cut 0.243), B -> A 0.964 / 0.937 (cut 0.412: half
#: B's out-of-fold stories read 0.19, 0.26, 0.41, 0.42 about the 10th lowest, so the cut is
#: whichever side of that gap the 10th lands on; half B's test stories need a cut <= 0.32).
#: Shipped: the Harrell-Davis estimate of the same quantile (``pagetype_train.tail_quantile``,
#: every order statistic weighted by its chance of being the quantile): CV 0.903 / 0.976 /
#: 0.932 (774 / 793 stories kept, 83 false articles, against 773 and 81), A -> B 0.990 / 0.898
#: (cut 0.251), B -> A 0.971 / 0.930 (cut 0.314); seeds 1-3 both ways 0.956 / 0.921 -> 0.956
#: / 0.922, 0.978 / 0.891 -> 0.978 / 0.892, 0.987 / 0.922 (unmoved), 0.973 / 0.922 -> 0.970 /
#: 0.923, 0.966 / 0.909 -> 0.966 / 0.908, 0.983 / 0.931 -> 0.980 / 0.942: over these eight
#: directions recall 0.9745 -> 0.9748 (worst 0.956 both), accuracy 0.9160 -> 0.9172 (worst
#: 0.891 -> 0.892), under 0.97 three -> two. It moves a cut only where the tail is gappy; the
#: seeds' recall floor is the ranking's (seed 1 A -> B 0.956 under any of these cuts). Tried on
#: the same scores and not kept: the median over 1,000 domain-grouped bootstrap resamples of the
#: order statistic (every cut as shipped: the median of a resampled order statistic is an order
#: statistic, the same one); their mean (A -> B 0.901, B -> A 0.966 / 0.932: B's recall under
#: the floor; seeds 0.953 / 0.925 on seed 1 A -> B); a Gaussian kernel on logit P(article)
#: (Silverman's bandwidth; A -> B 0.990 / 0.895, B -> A 0.971 / 0.928; CV 0.932, seed 2 A -> B
#: 0.915) and on P(article) itself (as shipped everywhere on the halves).
#: The model file is not retrained with it: the trees do not depend on the cut, and any retrain
#: on these rows (main 374db74f) splits on ``url_last_forum`` and ``url_service``, two of
#: ``urlshape.LEAN_SKIPPED`` (the lean path lost: test_model fails), and its text model (cut
#: 0.225 as one order statistic, 0.231 by this estimator) calls a ScrapingHub text scrape a
#: listing (P(article) 0.156): 117/118 (that retrain's HTML model beside the shipped text model,
#: order-statistic cuts: 118/118 both ways). The shipped cuts stay until a retrain passes those.
#: Session 69, a retrain by the project's command (branch s69-retrain; rows of a80c327f). The
#: HTML model now never sees the ``LEAN_SKIPPED`` columns (``pagetype_train.HTML_UNREAD``) and
#: the lean path reads ``url_service`` and ``url_last_forum`` (two set look-ups): HTML --halves
#: CV P 0.903 R 0.977 acc 0.933 (every column) -> 0.904 / 0.976 / 0.933, A -> B 0.984 / 0.894
#: and B -> A 0.971 / 0.935 both (recall / accuracy at the cut). Withholding the old, larger set
#: instead: CV 0.902 / 0.977 / 0.932, B -> A 0.968 / 0.934 (recall under 0.97): not kept. That
#: retrain passes every pagetype test and ScrapingHub as HTML (118/118); its text model (cut
#: 0.231) still calls one ScrapingHub text scrape a listing (117/118), so it is not shipped.
#: The text model's ``random_state`` cannot move it (no early stopping under 10,000 rows; not
#: run). Text with the short renderings too (``--text-renderings text clean short``): ScrapingHub
#: 118/118 both ways; whole pages CV P 0.793 R 0.971 acc 0.850 -> 0.785 / 0.984 / 0.848, A -> B
#: 0.995 / 0.798 -> 0.982 / 0.823, B -> A 0.978 / 0.782 -> 0.968 / 0.825 (accuracy at recall 0.97
#: 0.844 -> 0.871, 0.811 -> 0.823); clean stories A -> B 0.990 / 0.762 -> 0.983 / 0.812, B -> A
#: 0.973 / 0.811 -> 0.962 / 0.835. Better ranked both ways, but B -> A's recall falls under 0.97
#: on both renderings and CV accuracy drops: not shipped (the keep rule holds recall), a lead.
#: Session 71, the cut from several deals of the domains to folds (``pagetype_recipe.DEALS``,
#: ``pagetype_train.dealt_threshold``), main ced2dafe's rows, HTML. The cut was already read on
#: out-of-fold scores, but on one deal (GroupKFold's); five deals of the same training half cut
#: at 0.20-0.36 (half B) and 0.16-0.36 (half A), so which sites shared a fold moved the cut by
#: several stories, as the sessions' rows did. ``pagetype_bench --halves --kinds html --deals 1``
#: -> ``--deals 5`` (7-class; article P / R / accuracy): CV 0.878 -> 0.878, 0.903 / 0.976 / 0.932
#: -> 0.903 / 0.975 / 0.931 (one story lost); A -> B 0.851, 0.853 / 0.987 / 0.901 -> 0.851, 0.855
#: / 0.987 / 0.902 (without URL 0.990 / 0.888 -> 0.990 / 0.890); B -> A 0.863, 0.915 / 0.961 /
#: 0.933 -> 0.861, 0.901 / 0.971 / 0.929 (cut 0.357 -> 0.247; 4 stories won, 7 false stories;
#: without URL 0.968 / 0.919 -> 0.971 / 0.915); ScrapingHub 118/118 as HTML and text. The shipped
#: model retrained by ``make train-page-type``: the trees identical, the cut 0.319 -> 0.330, 0.269
#: -> 0.277 without a URL. Seeded halves (a harness on the same code, with URL; recall /
#: accuracy, one deal -> five): seed 7 A -> B 0.976 / 0.927 -> 0.973 / 0.929, B -> A 0.990 / 0.914
#: -> 0.990 / 0.911; seed 1 A -> B 0.961 / 0.927 -> 0.956 / 0.924, B -> A 0.980 / 0.917 -> 0.980 /
#: 0.906; seed 2 A -> B 0.987 / 0.918 -> 0.990 / 0.911, B -> A 0.960 / 0.932 -> 0.960 / 0.928.
#: Over the eight directions (halves too) under 0.97 three -> two, worst 0.960 -> 0.956, recall
#: mean 0.975 -> 0.976, accuracy 0.9210 -> 0.9175: averaging removes the deal's noise, not the
#: split's (the test half's own 3% tail sits at 0.22-0.73 over the first six). Tried on the same
#: scores, not kept: a margin (quantile 2% / 1.5%, one deal: worst 0.963 / 0.968, accuracy 0.9112
#: / 0.8945; five deals 0.965 / 0.974, 0.9075 / 0.8902), the quantile of the five deals' scores
#: pooled (0.956, 0.9166), over six directions each page's mean score over the deals (0.953,
#: 0.9229) and the 20-50th percentile of 200 domain bootstraps of the five-deal cut (worst
#: 0.956-0.966, 0.9088-0.9182). Only five deals at 1.5% hold all eight, 2.7 points of
#: accuracy under five at 2.5% (3.1 under one deal): a lead, not shipped.
#: Session 74, monotonic constraints (HistGradientBoosting ``monotonic_cst``): scikit-learn
#: refuses them for more than two classes, so the 7-class trees cannot take them. On a binary
#: article-vs-rest model (session 61's, which ranks far worse), over the 20 directions of
#: ``pagetype_column_trials``' session 74 (deal 0), accuracy at 97% 0.9125 (worst 0.8802) ->
#: 0.9136 (0.8870) with 21 columns constrained (up: url_year_segment, og/ld article, a
#: published date, authors, lexicon_article; down: the marked verdicts, og/ld product, ld forum
#: and collection, url_shop, url_taxonomy, the lexicon's six other classes; ``url_dated`` is not
#: given to the HTML model), against the 7-class model's 0.9310: no use without a model.py
#: change, and none with one. The cut's estimator, on half A -> B's training half scored out of
#: fold under ten deals (stopped after one direction: ~11 minutes a direction on the loaded VM):
#: as shipped (Harrell-Davis, five deals) cut 0.235, recall / accuracy 0.992 / 0.904; ten deals
#: 0.246, 0.992 / 0.905; a logit-normal tail (through the stories' 10% and 25% logit quantiles,
#: read at 2.5%) over five deals 0.316, 0.990 / 0.911, over ten 0.289, 0.990 / 0.909; the test's
#: own 97% cut 0.938. A smoother or longer-dealt estimate moves this cut by 0.01-0.08 of
#: P(article), a story or two: half B's stories sit above half A's tail, the split's shift,
#: which no estimate from the training half can see (sessions 60, 69, 71 read the same).
