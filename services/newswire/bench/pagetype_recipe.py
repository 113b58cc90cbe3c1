"""The page-type models' recipe (``pagetype_train``): the boosted trees' settings, the folds,
the article recall the threshold keeps, and what was tried beside them, with its figures.
"""

from __future__ import annotations

from typing import Any

#: Session 28, the articles train B -> test A misses (HTML, main c1e1e08's extraction, the
#: recipe as shipped: 17 of 412; recall 0.97 needs 12 or fewer), by shape: 7 institutional
#: pages labelled article (a building department, a housing programme, a college's tips and
#: courses pages, a lab's and an institute's pages, a firm's home page; called service 5,
#: documentation 1, listing 1), 5 commercial ones (a merchant story on an app store, a fund
#: provider's how-to, a promotion, a portfolio, a catalogue index; collection 2, listing 2,
#: service 1), 4 blog posts (a list of events, a training plan, a year-in-review list, an essay
#: on coding: listing 3, documentation 1) and 1 paper abstract (listing). P(article) 0.00-0.30,
#: 13 of them under 0.15: no cut recovers five without a flood of false articles.
#: Session 31, the decision (HTML halves on main 454dc08's extraction; 7-class / article P / R /
#: accuracy): the cut on P(article) as shipped A -> B 0.846 / 0.869 / 0.979 / 0.909, B -> A
#: 0.857 / 0.912 / 0.956 / 0.929; argmax 0.854 / 0.884 / 0.976 / 0.918, 0.863 / 0.921 / 0.959 /
#: 0.935; a cut on the margin of article over the likeliest other type (log of their ratio),
#: chosen the same way (out-of-fold recall >= RECALL), 0.853 / 0.878 / 0.979 / 0.915, 0.865 /
#: 0.927 / 0.956 / 0.938 (without URL: accuracy 0.868 -> 0.870, 0.925 -> 0.924, B -> A recall
#: 0.959 -> 0.951; with URL 8 and 7 verdicts changed, 6 for the better and 1 / 0 for the
#: worse: service, docs and forum pages no longer called articles). Not shipped (branch s31-pagetype-margin, e5a349d): the retrain it needs on
#: this extraction loses a ScrapingHub story as HTML (msn, P(listing) 0.70: the new trees,
#: P(article) <= 0.30 under every cut of sessions 28-30) and another as text. The margin's gain also depends on the trees: with
#: ``l2_regularization`` 3 it reads A -> B 0.900 against the P(article) cut's 0.908 (B -> A
#: 0.941 / 0.933), with 30 0.898 / 0.885 (0.934 / 0.934), ``min_samples_leaf`` 30 0.888 / 0.898
#: (0.932 / 0.934), 60 rounds 0.912 / 0.917 (0.935 / 0.932): the cut chosen at the 2.5% tail of
#: ~400 out-of-fold articles is noisy either way. ``l2_regularization`` 10, margin: 0.853 /
#: 0.870 / 0.984 / 0.912, 0.863 / 0.925 / 0.959 / 0.938.
#: Out-of-fold article recall the threshold keeps (its 1 - RECALL quantile, estimated:
#: ``pagetype_train.tail_quantile``), with a margin over the 97% floor.
RECALL = 0.975
FOLDS = 5
#: Deals of the domains to the FOLDS folds whose cuts are averaged (``pagetype_train.
#: dealt_threshold``; 1: scikit-learn's GroupKFold deal alone, as shipped until session 71).
#: The tail is a few stories, and which sites share a fold moves it: session 71, main
#: ced2dafe's rows, HTML with a URL, the cut of half B by deal 0.357 (the GroupKFold one),
#: 0.203, 0.266, 0.209, 0.202, of half A 0.238, 0.246, 0.251, 0.156, 0.356.
DEALS = 5
SEED = 0
#: Members of each model's bag (``pagetype_bag``; 1: one model on every page), each trained on
#: all but one of BAG folds of the domains with PARAMS' rounds divided among them.
BAG = 1
#: The members' learning rate (None: PARAMS' own).
BAG_RATE: float | None = None
#: Shallow trees, few enough to apply in well under 0.1 ms (make bench-page-type measures it).
#: Three levels (7 splits, an 8-bit code per tree in model.py) generalize to unseen domains at
#: least as well as four (domain-grouped CV on wcxb-dev, HTML, same features: 150 rounds of four
#: levels 7-class 0.815 / article-vs-rest accuracy 0.892; 60 of three at rate 0.2, 0.818 / 0.902;
#: 120 of three at rate 0.1 with the voice features, 0.834 / 0.906), at 840 trees of 8 nodes
#: instead of 1,050 of 16.
#: Tried in session 14 and not kept: each split choosing among a random 30% of the features
#: (``max_features`` 0.3). Domain-grouped CV on wcxb-dev, HTML, mean of seeds 0-2 against all
#: features on the same extraction: 7-class 0.835 / 0.828, article-vs-rest accuracy 0.905 /
#: 0.902, halves better too; but on main's extraction of 09:52-10:01 UTC 0.836 / 0.901 against
#: 0.826 / 0.902, train B -> test A article recall 0.961 against 0.966, and 117 of the 118
#: ScrapingHub stories as HTML (116 as text) against 118 (117): fewer stories kept.
#: Tried in session 24 (HTML, train on one domain half and test on the other, main 022bb46's
#: extraction; shipped A -> B 7-class 0.854, article accuracy 0.922, B -> A 0.838 / 0.929 with
#: recall 0.956): ``min_samples_leaf`` 20 0.842 / 0.914, 0.842 / 0.923; ``l2_regularization`` 5
#: 0.846 / 0.918, 0.839 / 0.928; 80 rounds at rate 0.15 0.854 / 0.925, 0.835 / 0.924 (recall
#: 0.954); 60 at 0.2 0.843 / 0.914 (recall 0.969), 0.844 / 0.932: none better both ways.
#: Also not kept: each page weighted by 1 / (its domain's pages) (wcxb-dev: 113 domains hold
#: 314 pages, up to 12 each) 0.849 / 0.922, 0.834 / 0.929, by 1 / sqrt 0.857 / 0.922, 0.833 /
#: 0.925; a separate binary article-vs-rest model (120 rounds) for the article decision, its
#: cut chosen the same way: 0.822 / 0.888 (recall 0.987), 0.814 / 0.897 (recall 0.966).
#: Retrained in session 25 with these settings on main 64c3a9f's extraction (the shipped models
#: are older): ScrapingHub 115/118 stories called article as HTML, 116/118 as text, id_scrapes
#: 965 of 1,000 typed article, against the shipped models' 117 / 118 / 973: not shipped (the
#: halves' figures train their own models, so a retrain moves only these).
#: Session 26 (HTML halves on main 69f54f5's extraction; 7-class / article P / R / accuracy; the
#: recipe as shipped: A -> B 0.844 / 0.879 / 0.974 / 0.914, B -> A 0.844 / 0.908 / 0.959 / 0.928):
#: argmax instead of the threshold 0.847 / 0.885 / 0.971 / 0.917, 0.844 / 0.912 / 0.956 / 0.929
#: (recall traded for accuracy both ways); the cut of best out-of-fold accuracy among those with
#: recall >= RECALL is this one or next to it (same verdicts); article rows weighted 2: the cut
#: moves with the scores, same figures. The 118 ScrapingHub stories as training rows (they can
#: no longer check the model then) read by argmax: 0.857 / 0.876 / 0.982 / 0.915, 0.857 / 0.919
#: / 0.966 / 0.938, better both ways with a URL, but with this threshold rule 0.904 / 0.927
#: accuracy, and the model without a URL lost either way (threshold: accuracy 0.884 -> 0.871,
#: 0.923 -> 0.903; argmax: B -> A 0.923 -> 0.916, recall 0.968 -> 0.959). Not shipped. On main
#: 59c348c's extraction (shipped recipe A -> B 0.853 / 0.886 / 0.982 / 0.922, B -> A 0.843 / 0.906
#: / 0.959 / 0.927) the same try read 0.854 / 0.878 / 0.982 / 0.917, 0.857 / 0.917 / 0.964 /
#: 0.935: A -> B accuracy lost, so its gain was not the recipe's but one extraction's.
#: Session 27, new evidence for the confident false articles (docs, forums), columns added to
#: the cached rows from the title and the lexicon's opening (the body's first 200 words), HTML
#: halves on main c65fff4's extraction only (7-class / article P / R / accuracy, with URL; then
#: accuracy without URL). As shipped: A -> B 0.847 / 0.878 / 0.982 / 0.917, 0.877; B -> A 0.842
#: / 0.910 / 0.959 / 0.929, 0.920. Code marks per 1000 words ("()", "_", "{", "=", "::", "->",
#: "`", "</", "/>"): 0.847 / 0.876 / 0.984 / 0.917, 0.880; 0.843 / 0.912 / 0.959 / 0.930,
#: 0.920. A question title (its first part ends with "?" or opens with how, what, why, can, is,
#: does...): 0.851 / 0.876 / 0.982 / 0.915, 0.883; 0.843 / 0.912 / 0.959 / 0.930, 0.920. Both:
#: 0.853 / 0.876 / 0.987 / 0.918, 0.884; 0.841 / 0.906 / 0.959 / 0.927, 0.920 (B -> A lost).
#: Words shaped as identifiers (camelCase, "a.b", "f(", "::") per 1000: 0.851 / 0.880 / 0.982 /
#: 0.918, 0.881; 0.842 / 0.910 / 0.959 / 0.929, 0.918. Code marks + identifiers, the best: 0.849
#: / 0.874 / 0.987 / 0.917, 0.888; 0.842 / 0.916 / 0.959 / 0.933, 0.922 (recall without URL
#: 0.954 -> 0.959). Not shipped: one extraction, the shipped models not retrained (ScrapingHub,
#: id_scrapes unchecked), and as written they cost 125 µs (identifiers: a regex search a word)
#: and 16.5 µs (marks: a join and nine counts) a page (CPU medians, 167 wcxb-dev pages).
#: Session 28: the same two families made cheap (branch s28-pagetype-codeshape, f56c57b:
#: ``pipeline/pagetype/codeshape.py``, two C-level regex passes over the body's first 1,200
#: characters, equal to a count per mark and a search per word on all 3,230 bodies of wcxb-dev
#: and ScrapingHub, HTML and text; ~17 µs CPU, best of 9 on a loaded machine). HTML halves on
#: main c1e1e08's extraction, without -> with: A -> B 0.853 / 0.876 / 0.987 / 0.918 -> 0.850 /
#: 0.880 / 0.984 / 0.919, without URL 0.884 -> 0.888; B -> A 0.839 / 0.912 / 0.959 / 0.930 ->
#: 0.843 / 0.910 / 0.959 / 0.929, without URL 0.916 -> 0.922 (recall 0.956 -> 0.959): the gain
#: is the URL-less model's; with a URL, A -> B recall and B -> A accuracy lose a page or two
#: (8 verdicts changed either way, half of them for the worse). Retrained on all pages (HTML
#: only), ScrapingHub as HTML falls to 115/118 with these features and 115/118 without them
#: (shipped: 117): any retrain on this extraction loses a Korean and a Japanese story
#: (entermedia.co.kr 546 words, note100yen.com 38 whitespace words) to "collection". Second
#: extraction (main 2445d4e, after other helpers' merges), without -> with: A -> B 0.853 / 0.886
#: / 0.979 / 0.921 -> 0.854 / 0.890 / 0.979 / 0.924, without URL 0.881 -> 0.884; B -> A 0.839 /
#: 0.912 / 0.959 / 0.930 -> 0.843 / 0.910 / 0.959 / 0.929, without URL 0.916 -> 0.920: B -> A
#: with a URL loses one page on both extractions. Cost (``--cost-only``, alternated, loaded
#: machine): classification 145 / 147 µs CPU median against 121 / 122, +24 µs, the page-type
#: total 300 / 320 against 267 / 280 (over the 300 µs budget). Not shipped.
#: Session 29: the CJK stories were collections by the lexicon (no vocabulary word: its
#: intercepts' softmax, "collection" 0.58) and the character thresholds (``script.py`` fixes
#: both; wcxb-dev holds no CJK page, halves unchanged). Retrained on e57f6aa's extraction: HTML
#: 117/118 on ScrapingHub, shipped; text 116/118, kept. Codeshape (f56c57b) on top, HTML halves:
#: A -> B 0.846 / 0.882 / 0.979 / 0.918, B -> A 0.841 / 0.904 / 0.956 / 0.924 (as shipped 0.849
#: / 0.878 / 0.982 / 0.917, 0.835 / 0.897 / 0.956 / 0.920): A -> B recall lost. Not shipped.
#: Session 30, for the service / docs pages called articles (A -> B 24, B -> A 25; 8 and 14 with
#: no article metadata, as are 26 / 381 and 33 / 412 true articles): has_published + has_authors
#: + og_article + ld_article + url_dated as one column: A -> B 0.918 -> 0.902. Not kept.
#: Session 32 (HTML halves on main e0fdceb's extraction; 7-class / article P / R / accuracy, with
#: URL; as shipped A -> B 0.850 / 0.878 / 0.979 / 0.915, B -> A 0.853 / 0.906 / 0.959 / 0.927).
#: The cut from out-of-fold scores pooled over three ways of dealing the domains to the folds
#: (``GroupKFold`` and two shuffled, seeds 1-2; each page scored three times): the pooled 2.5%
#: tail sits lower both ways, 0.844 / 0.864 / 0.984 / 0.908, 0.843 / 0.882 / 0.961 / 0.913
#: (the misses are deep, not the cut noisy: B -> A 17 stories missed, 10 of them at
#: P(article) < 0.15; 29 of its 41 false articles are service and docs pages). Session 31's
#: margin rule on this extraction: A -> B 0.847 / 0.864 / 0.984 / 0.908. ``class_weight``
#: "balanced": 0.844 / 0.866 / 0.984 / 0.909 (argmax 0.856 / 0.913 / 0.961 / 0.929). The
#: extraction-moved furniture columns left out (``dropped_*``, ``form_controls``, ``images``,
#: ``navs``, ``body_share``; session 31's retrains lost stories when they moved): 0.837 / 0.849
#: / 0.987 / 0.898, so they carry evidence and would have to be counted on the raw page instead.
#: Session 35 (HTML halves on main 6472d59's extraction; as shipped CV 0.879 / 0.903 / 0.976 /
#: 0.932, A -> B 0.832 / 0.852 / 0.982 / 0.898, without URL 0.884; B -> A 0.856 / 0.906 / 0.961 /
#: 0.928, without URL 0.927). Dropped <button>s as a column of their own (a service page's calls
#: to action, a manual's toggles, a thread's reply buttons; half A means: article 1.6, service
#: 4.2, docs 6.9, forum 5.9): CV 0.881 / 0.907 / 0.974 / 0.933, A -> B 0.839 / 0.862 / 0.984 /
#: 0.907 (0.888), B -> A 0.854 / 0.906 / 0.959 / 0.927 (0.920); domains dealt by a seeded hash
#: (seed 7, 770 / 727 pages) 0.819 / 0.888 and 0.853 / 0.915 against 0.826 / 0.884 and 0.856 /
#: 0.916 (7-class / accuracy): B -> A and the shuffled split lost, not kept. For the cost, the
#: voice read over the body's first 200 words instead of 400 and the furniture words over the
#: labels' first 4,000 characters instead of 8,000: CV 0.871 / 0.887 / 0.975 / 0.921, A -> B
#: 0.836 / 0.873 / 0.976 / 0.911, B -> A 0.849 / 0.890 / 0.961 / 0.918: lost, not kept.
#: Retrained as shipped on main 757da9f's extraction (thresholds 0.397 / 0.177): ScrapingHub
#: 117/118 as HTML with its URL (an msn.com story, P(article) 0.45 by the shipped model, 0.21
#: by the retrain: listing), 118/118 without a URL and as text; not shipped (the shipped model
#: on that extraction: 118/118 both ways). Halves there, same recipe: CV 0.884 / 0.913 / 0.977
#: / 0.939, A -> B 0.844 / 0.874 / 0.982 / 0.914 (0.901), B -> A 0.857 / 0.908 / 0.956 / 0.927
#: (0.923): the extraction, not the classifier, moved them (B -> A recall under 0.97 again).
#: Cost (CPU, best of 7 per page, medians over 150 wcxb-dev pages, loaded machine): the layout
#: summary ~183-206 µs (furniture words 40, name families 32, tag counts 20, the three columns
#: 11, sentence ends 10), the classification ~136-164 µs (body numbers 40, of which the voice
#: ~13-22; lexicon 30; trees 23; URL 11; title 6): fewer trees cannot reach the 300 µs budget.
#: None kept (A -> B lost first, B -> A of the last three not run).
#: Sessions 36-37, the whole page's marked elements as 9 columns (branch s37-pagetype-marked,
#: ``pipeline/pagetype/marked.py``: <h1>s, <time>s, six microdata item-type families and the
#: distinct item types, counted from the extractor's shared query of the whole tree, which no
#: walk change moves; ~12 us a page). Session 36, on main 771b26c's extraction: accuracy up on
#: all five splits, article recall down 1-2 stories on both halves and 6 on seed7 A -> B (0.981
#: -> 0.964; seed7: domains dealt by sha256("7" + domain)). Session 37, on main 1e025ec's
#: extraction, same rows but for these columns (7-class / article P / R / accuracy, without URL
#: in brackets): CV 0.879 / 0.908 / 0.971 / 0.933 -> 0.880 / 0.908 / 0.975 / 0.935; A -> B
#: 0.847 / 0.879 / 0.976 / 0.915 (0.893) -> 0.851 / 0.886 / 0.976 / 0.919 (0.891); B -> A 0.857 /
#: 0.910 / 0.954 / 0.927 (0.918) -> 0.856 / 0.916 / 0.956 / 0.932 (0.922); seed7 A -> B 0.842 /
#: 0.889 / 0.971 / 0.920 (0.901) -> 0.847 / 0.902 / 0.961 / 0.924 (0.902); seed7 B -> A 0.849 /
#: 0.849 / 0.987 / 0.900 (0.860) -> 0.846 / 0.849 / 0.990 / 0.901 (0.863). Without item_story:
#: the same but seed7 B -> A 0.851 / 0.854 / 0.992 / 0.906. Recall held on the halves and CV
#: this time, but seed7 A -> B lost ~4 stories (under the 0.97 floor): not shipped again.
#: Session 38, on main 55817eb's extraction (HTML; 7-class / article P / R / accuracy, with URL;
#: as shipped A -> B 0.842 / 0.882 / 0.976 / 0.917, B -> A 0.865 / 0.910 / 0.961 / 0.930; seed7
#: A -> B 0.840 / 0.884 / 0.968 / 0.916, B -> A 0.843 / 0.847 / 0.984 / 0.897; seed1 A -> B
#: 0.850 / 0.905 / 0.943 / 0.918, B -> A 0.833 / 0.866 / 0.978 / 0.907: the shipped recipe is
#: itself under the 0.97 recall floor on three of these six directions, so one split's recall
#: moves by several stories with the split alone (``pagetype_bench --halves --seeds``: the
#: worst). The 9 marked-element columns: A -> B 0.842 / 0.879 / 0.976 / 0.915, B -> A 0.848 /
#: 0.904 / 0.959 / 0.925 (without URL accuracy 0.897 / 0.916 against 0.891 / 0.915): lost with
#: a URL. Calls to action and forms counted on the raw page (log1p of <button>s, <form>s,
#: visible <input>/<select>/<textarea>s): A -> B 0.846 / 0.874 / 0.982 / 0.914, B -> A 0.848 /
#: 0.902 / 0.956 / 0.923: lost. Neither shipped.
#: Session 39, the cut and a bag, over six directions (the halves, seeds 7 and 1; HTML with a URL,
#: main 6ad32f4's extraction; article recall mean / worst, article-vs-rest accuracy mean / worst).
#: As shipped (the 2.5% tail of the pooled GroupKFold out-of-fold articles): 0.973 / 0.951, 0.909 /
#: 0.883 (seed1 A -> B 0.951). The cut at the worst fold's 2.5% tail instead: 0.987 / 0.982, 0.852
#: / 0.810; the worst fold over four dealings of the domains (GroupKFold and three sha256-seeded
#: ones on the halves, two on the seeded splits): 0.991 / 0.983, 0.842 / 0.810; the pooled tail
#: over those dealings 0.972 / 0.951, 0.906 / 0.883 (session 32's pooling: no gain); the pooled
#: tail at 98.5%: 0.982 / 0.966, 0.876 / 0.838; argmax 0.960 / 0.938, 0.927 / 0.918. Recall bought
#: by any cut costs ~5-10 points of accuracy: the misses are deep (seed1 A -> B: 19 stories under
#: the cut, 14 at P(article) < 0.15; 7 called service, 5 documentation, 4 product, 3 listing:
#: institutional and commercial pages labelled article, developers' blog posts, one page with no
#: extracted body). A bag (the average of the five inner fold models' probabilities, each trained
#: on 4/5 of the domains; 4,200 trees) ranks better: at the test cut that keeps 97.5% of the
#: stories, accuracy 0.921 -> 0.932, 0.901 -> 0.922, 0.888 -> 0.901, 0.896 -> 0.928, 0.925 ->
#: 0.915, 0.929 -> 0.936 (halves A -> B, B -> A, seed1 A -> B, B -> A, seed7 A -> B, B -> A: five
#: of six better); with the shipped cut (from single-model out-of-fold scores) 0.980 / 0.964, 0.904
#: / 0.883. Not shipped: five times the trees (~+90 us a page over a budget already spent), and its
#: cut must come from bagged out-of-fold scores (nested folds).
#: Session 40, that bag built (``pagetype_bag``; ``pagetype_train --bag K``, ``pagetype_bench
#: --bag 1 5``): K members each on all but one of K domain folds, 120 // K rounds each so the
#: trees shipped stay 840 per model, exported as one model (leaves and baseline scaled by 1/K:
#: the softmax of the members' mean raw scores), its cut from nested bagged out-of-fold scores.
#: HTML with a URL on main 9b5eb83's extraction, six directions (halves A -> B, B -> A, seed 7
#: both ways, seed 1 both ways), article recall / accuracy at the trained cut / accuracy at the
#: test cut keeping 97% of the stories (``pagetype_splits.accuracy_at_recall``). One model (as
#: shipped): CV 0.879 / 0.910 / 0.977 / 0.937; 0.976 / 0.917 / 0.926, 0.964 / 0.918 / 0.915,
#: 0.973 / 0.923 / 0.925, 0.990 / 0.885 / 0.943, 0.951 / 0.913 / 0.906, 0.973 / 0.917 / 0.938
#: (means 0.971 / 0.912 / 0.926). Bag of 5 at the members' rate 0.1 (24 rounds): CV 0.867 /
#: 0.897 / 0.974 / 0.927, A -> B 0.979 / 0.905 / 0.922 (7-class 0.836): underfitted, stopped.
#: Bag of 3 at 0.1 (40 rounds): CV 0.870 / 0.894 / 0.975 / 0.925, stopped. Bag of 5 at rate 0.3:
#: CV 0.875 / 0.905 / 0.974 / 0.932; 0.979 / 0.921 / 0.925, 0.956 / 0.932 / 0.913, 0.966 / 0.931
#: / 0.924, 0.984 / 0.922 / 0.936, 0.951 / 0.920 / 0.897, 0.975 / 0.917 / 0.940 (means 0.969 /
#: 0.924 / 0.923; 7-class 0.851, 0.856, 0.843, 0.844, 0.849, 0.835 against 0.844, 0.847, 0.843,
#: 0.825, 0.848, 0.835): the higher accuracy at its cut is bought with recall (its cut sits
#: higher), and at the same recall it ranks worse on five of six directions. Session 39's
#: shipped-size gain (probabilities averaged, the test's 97.5% tail) is not reproduced by this
#: exportable bag (raw scores averaged) at these rates; its 4,200-tree bag was not rerun (five
#: times the trees per page). Not shipped: BAG stays 1, the model file is unchanged.
#: Session 41, the halves' misses by shape (HTML with a URL, main b7d5f15's extraction; as shipped
#: CV 0.878 / 0.904 / 0.974 / 0.931; 7-class / article P / R / accuracy / accuracy at the test cut
#: keeping 97%: A -> B 0.846 / 0.882 / 0.979 / 0.918 / 0.932, B -> A 0.863 / 0.916 / 0.954 / 0.930
#: / 0.906). Lost stories: A -> B 8, B -> A 19 (13 at P(article) < 0.15; called service 8, listing
#: 4, documentation 4, collection 2, forum 1); 2 of the 27 have an author, 7 show a date. Most are
#: pages a reader would not call a story (a portfolio, an agency's home page, course, tuition and
#: programme pages, a catalogue index, a fund's page, a dictionary entry, webcams, buying guides);
#: the few stories are developers' blog posts with code (called documentation or forum) and pages
#: whose body the extractor lost. False stories: A -> B 50 (service 15, listing 11, forum 11), B ->
#: A 36 (service 16, documentation 8); 29 and 16 carry a publication date (a CMS's stamp: 20 and 8
#: declare og:type article), 14 and 4 show one. Tried, as columns added to the cached rows (none
#: needs a new query of the tree): the publication dates the page shows in date elements (the
#: extractor's ``shown_dates``, updates aside; shown by 49% of the articles, 4% of the service
#: pages, 2% of the documentation, 4% of the collections, 61% of the forum threads; branch
#: s41-ptfeat-shown, 66a1bc9): A -> B 0.850 / 0.886 / 0.982 / 0.922 / 0.925, B -> A 0.856 / 0.908 /
#: 0.954 / 0.925 / 0.896 (seed7 A -> B 0.837 / 0.882 / 0.978 / 0.919 / 0.920 -> 0.846 / 0.895 /
#: 0.976 / 0.927 / 0.932; CV 0.877 / 0.902 / 0.975 / 0.931): B -> A lost, and the accuracy at 97%
#: both ways; as 0/1 the same A -> B.
#: With a date or a "By" line among the blocks around the walk's first <h1> and a publication
#: string that is not ISO (a shown one) beside it: A -> B 0.850 / 0.886 / 0.982 / 0.922 / 0.925, B
#: -> A 0.859 / 0.914 / 0.956 / 0.930 / 0.900. The <h1> neighbours' date and "By" lines alone (22%
#: of the articles: the walk keeps few date lines): A -> B 0.842 / 0.876 / 0.979 / 0.914 / 0.932;
#: with the first long paragraph's words (a lede) 0.850 / 0.874 / 0.982 / 0.914 / 0.925. Datelines
#: ("CITY (AP) —", a rough pattern) open 2% of the articles and 2% of the service pages; "press",
#: "newsroom", "media" path words 2% of the articles (not run). None shipped: most lost stories
#: show nothing of a story to find, and the false ones' CMS stamps are a story's.
#: Since session 43, the tries judged over 20 domain splits: the columns in
#: ``pagetype_column_trials``, the model's settings, cut and bags in ``pagetype_model_trials``.
#: Run these with OMP_NUM_THREADS=1 on the shared VM: scikit-learn's threads spinning on busy
#: cores left one --halves run unfinished after 30 minutes; single-threaded it took ~3.
PARAMS: dict[str, Any] = {
    "max_iter": 120,
    "learning_rate": 0.1,
    "max_depth": 3,
    "min_samples_leaf": 10,
    "l2_regularization": 1.0,
    "random_state": SEED,
}
