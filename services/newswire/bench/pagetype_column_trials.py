"""The columns tried on the page-type models since session 43 and not kept (features added to
the cached rows: the opening's words, the title, the URL, the extractor's verdicts and counts, the
raw HTML's elements), judged over 20 domain splits (the halves and ``pagetype_splits.reseeded``
seeds 1-9, both ways) or the bench's CV and halves, with their figures. The model's settings, its
cut, bags and training rows tried over the same splits: ``pagetype_model_trials``; the recipe's
settings and the tries of sessions 14-41: ``pagetype_recipe``. Notes only: the harnesses were
throw-away scripts around the bench's own functions (``pagetype_train.matrix`` / ``stack``,
``pagetype_splits``), one model per direction, its article cut at the recipe's ``RECALL`` of the
training half's grouped out-of-fold articles.
"""

#: Session 43, judged over 20 directions (the halves and seeds 1-9, both ways; HTML with a URL,
#: the halves' recipe, main 8375d24's extraction; figures mean / worst of article recall,
#: accuracy at the trained cut, accuracy at the test cut keeping 97% of the stories, 7-class). As
#: shipped: 0.9754 / 0.9539, 0.9164 / 0.8883, 0.9262 / 0.9069, 0.8484 / 0.8152 (recall under 0.97
#: on 6 of the 20, accuracy >= 0.93 on 2, both floors met on 1; the halves A -> B 0.982 / 0.922,
#: B -> A 0.954 / 0.928). Each true article is tested 10 times: 53 of the 793 are ever lost, 16
#: in five or more splits (127 of the 196 losses), and 13 of those 16, with 5 of the 8 lost in
#: four, are pages a reader would not call a story (a portfolio, a promotion, a building
#: department, a pricing page, a course index, an agency's home page, a fund page, a dictionary
#: entry, course and tutoring programmes, a lab's topic page, a college's tips, webcams, a
#: security guide, a list of conferences, an institute's page, housing programmes, a cost page);
#: without those 18 pages the recall reads 0.9908 / 0.9764 (every direction over 0.97): the floor
#: is held down by labels, not fitted here. False stories: 1,056 over the 20 directions (service
#: 333, listing 231, documentation 182, forum 178, collection 72, product 60; 97 pages in five or
#: more splits). Tried, as columns added to the cached rows (paired: directions better / worse):
#: the opening's shape (quote marks, capitalized words inside a sentence, year tokens, tokens
#: with digits, "-ed" words, per 100 of the lexicon's 200 opening words): 0.9757 / 0.9562, 0.9172
#: / 0.8883, 0.9282 / 0.9041, 0.8500 / 0.8241 (recall 12 / 8, accuracy 12 / 7: noise-sized); its
#: quote marks and inner capitals alone (no word list, any Latin script): 0.9749 / 0.9536, 0.9159
#: / 0.8840, 0.9259 / 0.9038, 0.8468 / 0.8165. The extractor's fields the model does not read
#: (dateline, attributions, editors, description, published dates counted, one shown rather than
#: ISO, modified, images): 0.9761 / 0.9510, 0.9141 / 0.8854, 0.9262 / 0.9014, 0.8476 / 0.8165
#: (accuracy 5 / 13). A shown date, a dateline and attributions alone: 0.9755 / 0.9539, 0.9164 /
#: 0.8953, 0.9271 / 0.9069, 0.8482 / 0.8152 (the trees barely split on them; recall 2 / 2).
#: Session 57, on main ab49a6e's extraction (HTML with a URL; one model per direction, its cut at
#: 97.5% of the training half's grouped out-of-fold articles; a throw-away harness with the
#: bench's functions, as session 51). Retrained as is: CV 0.873 / 0.899 / 0.975 / 0.929 (7-class /
#: article P / R / accuracy), the halves A -> B 0.984 / 0.910 (recall / accuracy), B -> A 0.961 /
#: 0.928. Shipped: the extractor's own verdicts on the page's markup as three 0/1 columns
#: (``declared.MARKED_NAMES``: a thread, one product's page, a question with its answers; free,
#: the walk had them), over the 20 directions of session 43 (the halves and seeds 1-9, both ways),
#: mean / worst (better / worse): recall 0.9759 / 0.9481 -> 0.9749 / 0.9481 (6 / 6; under 0.97
#: in 5 -> 6: seed 6 B -> A 0.978 -> 0.961, seed 9 A -> B 0.974 -> 0.969), accuracy 0.9152 /
#: 0.8829 -> 0.9185 / 0.8983 (17 / 2), at 97% 0.9290 / 0.8975 -> 0.9306 / 0.9102 (11 / 9),
#: 7-class 0.8516 / 0.8203 -> 0.8592 / 0.8354 (16 / 4); both floors met in 1 -> 2. The halves
#: A -> B 0.984 / 0.910 -> 0.990 / 0.919, B -> A 0.961 / 0.928 -> 0.964 / 0.930; CV 0.875 / 0.902
#: / 0.975 / 0.931 (7-class 0.873 -> 0.875); ScrapingHub 118/118 as
#: HTML and as text, as before. The ranking at 97% barely moves: the gain is the pages the markup
#: names as threads and products (more forums and products known, fewer near the cut). With the
#: extractor's card grid (``card_grids``: a grid of priced cards, a walk of the blocks more) and
#: its offer name (``offer_names``) too, first 3 directions: accuracy 1 / 0, recall 1 / 1 against
#: the three alone's 3 / 0, 2 / 0: stopped for time, not shipped. The shipped file: ``python -m
#: newswire.bench.pagetype_train --only html`` (the text model as it was: its scrapes' three
#: columns are always 0, and it reads none of them).
#: Session 58, on main 4e6466b's extraction (HTML with a URL, one model per direction, its cut at
#: 97.5% of the training half's grouped out-of-fold articles; a throw-away harness with the
#: bench's functions, as sessions 51 and 57; 20 directions: the halves and seeds 1-9, both ways;
#: mean / worst, then directions better / worse). Retrained as is: recall 0.9738 / 0.9531,
#: accuracy 0.9205 / 0.9046, at 97% 0.9294 / 0.9014, 7-class 0.8606 / 0.8399; under 0.97 in 9,
#: both floors in 2; the halves A -> B 0.982 / 0.924, B -> A 0.959 / 0.922 (main's bench reading:
#: the extraction since ab49a6e moved nothing here). B -> A's 17 lost stories are session 41's
#: (13 institutional or commercial pages labelled article, two developers' posts, a paper's
#: abstract, a year-in-review list); over the 20 directions 60 stories are ever lost, 208 losses,
#: 13 pages lost in 6-10 directions. Three free columns from the extractor (the offer name found:
#: 17.6% of service pages, 2.8% of stories; log1p of the walk's button-styled links,
#: ``Tree.buttons``: means service 2.6, article 1.2, documentation 0.3; log1p of its role
#: buttons, ``Tree.controls``): recall 0.9755 / 0.9532 (10 / 3; under 0.97 in 6, both floors in
#: 4), accuracy 0.9216 / 0.9003 (10 / 8), at 97% 0.9312 / 0.9092 (10 / 9), 7-class 0.8605 (7 /
#: 9); the halves A -> B 0.982 / 0.936, B -> A 0.961 / 0.924. Each alone: the offer name 0.9737
#: (2 / 3), accuracy 0.9203 (5 / 9), at 97% 0.9304 (7 / 3): nothing; the button links 0.9753 /
#: 0.9532 (10 / 2; under 0.97 in 6, both floors in 5), accuracy 0.9210 (7 / 8), at 97% 0.9306 (7
#: / 7): the recall gain is theirs. Not shipped: a gain of noise size (the worst direction
#: unchanged), and a button-styled link is told by its class names (``button_label``), which
#: hashed names hide (how the model reads such pages then: not checked; a lead, with the labels'
#: words rather than their count).
#: Session 59, on main bcaa87c7's cached rows (the same rows as session 58's: its base
#: probabilities reproduced bit for bit, so its base is the reference; same harness and 20
#: directions; mean / worst, then directions better / worse). Columns added from the cached
#: rows, the page's <title> and URL: the extracted title's words found in <title> (share), the
#: two opening with the same word, <title>'s other words (log1p); the opening's words per
#: sentence end (log1p) and calls to action in it ("contact us", "get started", "we offer", "our
#: team"... per 100 words: service 0.54, article 0.13, forum / listing 0.06); the URL's slug
#: words per path segment. All six: recall 0.9757 / 0.9506 (9 / 6; under 0.97 in 9 -> 6, both
#: floors in 2 -> 3), accuracy 0.9216 / 0.8963 (10 / 9), at 97% 0.9329 / 0.9159 (13 / 6),
#: 7-class 0.8610 (7 / 10); the halves A -> B 0.982 / 0.924 -> 0.982 / 0.929, B -> A 0.959 /
#: 0.922 -> 0.973 / 0.919; over the 20 directions 28 story losses undone and 13 new, 97 false
#: stories gone and 96 new: churn. The opening's two alone: 0.9752 / 0.9532 (8 / 2; under 0.97 in
#: 8), 0.9216 (12 / 6), at 97% 0.9319 (11 / 6), 7-class 0.8611; the halves B -> A 0.964 / 0.928.
#: The title's three alone: 0.9760 (9 / 3), 0.9199 (7 / 11), at 97% 0.9295 (8 / 7). With a 0/1
#: for an institution's host (.edu, .gov, .org, .ac...: 16.5% of the stories, 10% of the
#: service pages, 44% of the manuals) and <title>'s separators: 0.9752 (9 / 8), 0.9219 (10 /
#: 7), at 97% 0.9320 (14 / 5); the host alone 0.9747 (4 / 4), 0.9225 (11 / 5), at 97% 0.9294 (5
#: / 8). The calls to action alone: 0.9741 / 0.9531 (6 / 4), 0.9214 (11 / 7), at 97% 0.9299 (9 /
#: 6): the opening's gain, such as it is, is its sentence length's (session 21's HTML reading).
#: Not shipped: every move is within the split's noise (the worst direction's recall unchanged
#: or lower), as sessions 51-58 found; the deep misses are the same institutional pages.
#: Session 60, on session 59's rows and harness (its base, by the stacking folds' dealing:
#: ``pagetype_model_trials``). The opening's words per sentence alone (session 59's lean),
#: against the base of each dealing: s 0 0.9750 / 0.9222 / 0.9313 (recall 8 / 6, at 97% 11 / 6),
#: s 1 0.9772 / 0.9149 / 0.9290 (7 / 4, 9 / 9), s 2 0.9760 / 0.9149 / 0.9290 (5 / 8, 9 / 10), s 3
#: 0.9751 / 0.9232 / 0.9318 (7 / 7, 8 / 8): no lean in the ranking (+0.0002 at 97% over the four
#: dealings), dropped. The deep misses (stories lost in 5+ of 10 tests: 19 pages) read like the
#: service pages never called article: share of sentence-ended paragraphs 0.34 (service 0.37,
#: stories 0.65), no author (0 of 19; stories 80%), no shown date, a median ~330 words; what the
#: never-confused service pages have more of is already a column (sales and "we" voice, forms,
#: service words); the service pages called article read like stories (0.52 ended, og:type
#: article 36%). Nothing shipped.
#: Session 65, on main 91877fa5's cached rows (HTML with a URL; the bench's CV and its --halves
#: with seeds 1-9, 20 directions, by a throw-away harness around ``pagetype_bench.halves``).
#: As shipped: CV 7-class 0.880, article P / R / accuracy 0.905 / 0.975 / 0.933 (half A's pages
#: 0.934 at recall 0.966, B's 0.931 at 0.984; session 57's 0.876 / 0.930 moved by the extraction
#: since); 20 directions recall 0.9762 / 0.9532, accuracy 0.9193 / 0.8967, at 97% 0.9305 / 0.8962
#: (mean / worst; recall under 0.97 in 5). CV's 81 false stories: service 31, listing 21, forum
#: 13, documentation 9, collection 6, product 1 (28 at P(article) >= 0.9: tutorials, calculators,
#: Q&A threads, programme and course pages); its 20 lost stories called service 12, listing 6,
#: documentation 2 (11 at P(article) < 0.15). Tried: two title columns the lexicon cannot see
#: (it strips punctuation): a title ending in "?" (forum 28% of titles, article 7%, service /
#: listing / product <1%) and a headline's ": " (article 24%, others 1-9%): CV 0.880 / 0.906 /
#: 0.974 / 0.933 (one story fewer); 20 directions recall 0.9764 / 0.9558 (7 / 6; under 0.97 in
#: 6), accuracy 0.9202 / 0.8962 (11 / 8), at 97% 0.9299 / 0.8975 (8 / 8): noise, not shipped.
#: Session 66, on main d7843d63's cached rows (HTML with a URL; the bench's CV and ``--halves``
#: by a throw-away harness adding columns to the cached rows, read from each page's raw HTML by
#: regex, an upper bound on what the walk could give). As shipped: CV 7-class 0.879, article P /
#: R / accuracy 0.905 / 0.974 / 0.932; A -> B recall 0.987, accuracy 0.885, at 97% 0.939;
#: B -> A 0.968 / 0.933 / 0.929. Repeated posts and their signers (the issue's "comment/post
#: repetition"): log1p of ``<time>`` elements (on 70% of forum threads, 30% of stories, 17% of
#: listings) and of author marks (``itemprop``/``rel`` "author", "author", "byline", "username",
#: "poster" class words; forum 76%, stories 51%): CV 0.878 / 0.901 / 0.976 / 0.931 (forums right
#: 97 -> 98); A -> B 0.990 / 0.887 / 0.939 (8 pages won, 7 lost: three forum threads of
#: classic boards, which sign and date every post, moved towards article), B -> A 0.966 / 0.929
#: / 0.923 (1 won, 4 lost, one story): a story is dated and signed too, and a listing's cards
#: are. Over the 20 directions (the halves and seeds 1-9, both ways; mean / worst, then
#: directions better / worse): base recall 0.9760 / 0.9455 (under 0.97 in 4), accuracy 0.9186 /
#: 0.8854, at 97% 0.9325 / 0.9041; with them 0.9769 / 0.9455 (7 / 5; under 0.97 in 5), 0.9158 /
#: 0.8868 (7 / 11), 0.9316 / 0.9001 (6 / 11). Calculators and tools (the lead: number inputs beside a short body): log1p of ``<input>``
#: of type number or range, of ``<select>``, of "calculate"/"calculator" words: CV 0.881 / 0.906
#: / 0.975 / 0.933; A -> B 0.987 / 0.893 / 0.939 (7-class 0.833 -> 0.839), B -> A 0.966 / 0.930 /
#: 0.924 (one story lost): the four calculator pages labelled service (two of them false stories
#: at P 0.97 and 0.57) have no number input, select or form in their HTML (the widget is drawn
#: by script), and a "best retirement calculators" round-up labelled article says "calculator"
#: as often: the lead has nothing to read in the served page. Neither shipped: both cost the
#: direction under the floor (B -> A) its recall and its ranking at 97%.
#: Session 67, on main 8c4b3a76's rows (HTML with a URL; the bench's CV and ``--halves`` by a
#: throw-away harness around ``pagetype_train.out_of_fold`` / ``pagetype_bench.halves``, columns
#: added to the cached rows; seeds 1-9 both ways by ``seeded_halves``). As shipped: CV 7-class
#: 0.880, article P / R / accuracy 0.901 / 0.975 / 0.930 (at 97% 0.930); A -> B 0.846, 0.843 /
#: 0.987 / 0.894 (argmax 0.925 at recall 0.984, at 97% 0.939: A's 2.5% tail sets a cut B's
#: stories overshoot); B -> A 0.868, 0.911 / 0.964 / 0.932. The false stories, CV 85 / A -> B 70
#: / B -> A 39: service 30 / 17 / 15 (sales and consulting pages, programme, tuition and
#: seminar pages, building and workforce departments, four retirement calculators, insurance
#: explainers — five in B -> A —, testimonials and about pages), listing 22 / 17 / 5 (section
#: fronts and home pages, "in the news", curated lists, rankings and awards, shop categories
#: with prose), forum 14 / 16 / 6, documentation 12 / 7 / 9 (tutorials and online books, product
#: overviews, MDN and a language's book), collection 6 / 8 / 2 (shop categories with a prose
#: intro, a "best earbuds under $50" guide), product 1 / 5 / 2; 30 of A -> B's 70 sit under
#: P(article) 0.5 (its cut is low). What sets them apart is what the trees read already: an
#: author on 10-33% of them (stories kept 77%), a date on 33-59% (90%); 36 of the 85 show
#: neither, as do 75 of the 793 stories (13 of those lost). Tried: the meta description's words
#: found in the first two paragraphs (share; stories 0.47, false stories 0.08, service 0.24):
#: CV 0.878 / 0.900 / 0.975 / 0.929, A -> B 0.992 / 0.884, B -> A 0.966 / 0.925 (lost both
#: ways); with log1p of the days between the published and modified dates and of the median
#: paragraph's words: CV 0.877 / 0.903 / 0.974 / 0.931, A -> B 0.990 / 0.887, B -> A 0.964 /
#: 0.932 (lost A -> B). Phone numbers in the body (log1p; on 11% of service pages, 3% of
#: stories, 5% of false stories): CV 0.879 / 0.902 / 0.976 / 0.931, A -> B 0.992 / 0.898, B -> A
#: 0.964 / 0.932; over the 20 directions recall 0.9753 -> 0.9756 (seeds: 3 / 3; under 0.97 in 7
#: -> 9), accuracy 0.9178 -> 0.9183 (7 / 3), at 97% 0.9308 -> 0.9304 (4 / 6): noise. The URL's path words, host labels and query keys as lexicon tokens
#: beside the title's (the lexicon's 5-domain floor keeps a site's own words out): CV 0.877 /
#: 0.902 / 0.976 / 0.931 (at 97% 0.935; 13 verdicts won, 11 lost), A -> B 0.990 / 0.897 (at 97%
#: 0.949; 7 / 5), B -> A 0.964 / 0.935 (at 97% 0.913; 5 / 2); over the 20 directions recall
#: 0.9753 -> 0.9764 (seeds: 11 / 6), accuracy 0.9178 -> 0.9184 (11 / 6), at 97% 0.9308 ->
#: 0.9306 (9 / 9), 7-class (seeds) 0.8602 -> 0.8626 (11 / 4): churn, the ranking unmoved; not
#: shipped (it would also need the URL-less model's lexicon columns read without the URL).
#: Session 72, on main 5ae8fb94's rows (HTML with a URL). The bench as shipped (``--halves --kinds
#: html``; 7-class, article P / R / accuracy, at 97%): CV 0.878, 0.905 / 0.972 / 0.931; A -> B
#: 0.851, 0.851 / 0.992 / 0.902, 0.935; B -> A 0.863, 0.903 / 0.968 / 0.929, 0.922 (recall now
#: under 0.97 here too); ScrapingHub 118/118 as HTML and text. A -> B's 66 false stories: service
#: 18, forum 17 (single posts and Q&A threads), listing 14, documentation 7, collection 6, product
#: 4; B -> A's 43: service 16 (insurance and retirement calculators, agencies, courses),
#: documentation 10 (MDN, the Rust book, tutorials), listing 8, forum 7, collection 1, product 1.
#: Tried, as columns on the cached rows read from ``Row.opening`` (its 200 words), judged by a
#: throw-away harness on the bench's functions (one model per direction, the lexicon stacked as the
#: bench does, no cut: argmax and the test's own 97% cut, which ranks; it reproduces the bench's
#: argmax and at-97% figures) over 20 directions (the halves and seeds 1-9, both ways; mean, then
#: directions better / worse). Base: argmax recall 0.9690 (worst 0.9457), argmax accuracy 0.9301,
#: at 97% 0.9327 (worst 0.9120), 7-class 0.8690. Third-person pronouns per 1000 words
#: (he / she / his / her / they / their...; stories 7.0, service 2.6, forum 5.0, documentation 2.3
#: — wcxb-dev's stories are mostly blog posts, not reports): recall 0.9682 (4 / 8), accuracy
#: 0.9301, at 97% 0.9324 (7 / 10), 7-class 0.8683. Sentences opened by an imperative ("Click",
#: "Call", "Get", "Learn", "Use", "Choose"...; share of sentence starts: service 0.106,
#: documentation 0.071, stories 0.033): 0.9683 (6 / 8), 0.9301, at 97% 0.9318 (8 / 10), 0.8683. A
#: narrative share, (third + 1) / (third + you + we + I + 2) (stories 0.29, service 0.18, forum
#: 0.19): 0.9687 (5 / 8), 0.9301, 0.9320 (8 / 8), 0.8683. The three: 0.9682 (7 / 9), 0.9305, 0.9336
#: (11 / 7; worst 0.9133), 0.8681. Clock times in the opening ("3:21pm", "10:59:47"; per 100 words;
#: on 27% of forum threads, 0.5% of stories, 7% of listings): 0.9684 (3 / 6), 0.9302, 0.9324
#: (5 / 5), 0.8691. Price tokens ($, £, € amounts; on 56% of collections, 39% of products, 10% of
#: stories): 0.9688 (6 / 7), 0.9298, 0.9317 (6 / 10), 0.8681. All five: 0.9685 (5 / 10), 0.9296,
#: 0.9310 (7 / 10), 0.8682. From the extracted paragraphs (a second extraction of every page,
#: merged into the rows): the paragraphs' length spread (standard deviation / mean: stories 0.89,
#: service 1.10, documentation 1.10, forum 1.12), the share ending with ":" (a list's or a code
#: sample's lead-in: documentation 0.105, stories 0.042, service 0.018) and the longest run of
#: sentence-ended paragraphs of 120+ characters (count and share: stories a median 4, service 2):
#: 0.9680 (6 / 11), 0.9302, 0.9314 (10 / 9), 0.8686; the colons alone 0.9678 (3 / 8; worst 0.9403),
#: 0.9297, 0.9327 (9 / 9), 0.8688. None shipped: every move within the split's noise; the lexicon's
#: word presence and the voice groups already read the same words (a pronoun's or a verb's rate
#: adds nothing to its presence), and the forum threads with clock times are mostly ranked as
#: forums already (A -> B 12 of 60 threads have one, 2 of them false stories; B -> A 18 of 53, 2).
#: Session 73, on main e1541f4a's rows (HTML with a URL). ScrapingHub's one story called product
#: (an NYT opinion column, product 0.74, article 0.46 under the model before session 72's
#: retrain): per tree, the change of the mean leaf along its path, summed by the split's column,
#: puts ``marked_product`` first (+1.11 to the product score), then splits under it (the
#: lexicon's low collection and listing evidence, +1.49 and +0.88 to product); set to 0 the page
#: reads article 0.989. The flag was the extractor's mistake (a microdata item typed CreativeWork
#: and Product, Google's paywall markup, read as one product: fixed in ``microdata_items``), not
#: the trees': on wcxb-dev 103 of the 121 flagged pages are products and 1 a story, so any
#: retrain learns the flag near-certain and no regularization would discount it for a story
#: (how far the other columns pull back is what a retrain swings). Columns tried for the false
#: stories, judged as session 72 (a throw-away harness on the bench's functions: one model per
#: direction, the lexicon stacked as the bench does, argmax and the test's own 97% cut; 20
#: directions, the halves and seeds 1-9 both ways; mean of argmax recall / argmax accuracy / at
#: 97% / 7-class, then directions better / worse at 97%, then the halves A -> B, B -> A at 97%).
#: Base 0.9678 / 0.9293 / 0.9308 (worst 0.8962) / 0.8680; halves 0.9307, 0.9291 (at the test's
#: own cut A -> B 38 false stories: service 13, forum 9, listing 8; B -> A 44: service 16,
#: documentation 9, listing 8, forum 7). From the raw HTML's <body> (an upper bound, as session
#: 66): form fields by kind (log1p of <form>, text-like <input>s, checkboxes and radios,
#: <select>, <textarea>; stories 0.76 / 0.92 / 0.30 / 0.11 / 0.16, service 0.56 / 0.74 / 0.43 /
#: 0.19 / 0.14): 0.9692 / 0.9297 / 0.9304 (8 / 11) / 0.8682; 0.9293, 0.9253. <nav>, <aside> and
#: <article> counts: 0.9676 / 0.9282 / 0.9298 (9 / 10) / 0.8670; 0.9293, 0.9063. The link text's
#: share of the whole page's text: 0.9684 / 0.9305 / 0.9316 (12 / 8) / 0.8680; 0.9364, 0.9253.
#: Headings by level (log1p of <h2>, <h3>, <h4>-<h6>; their mean level; the share of <h3> and
#: deeper): 0.9688 / 0.9295 / 0.9322 (11 / 6; worst 0.9131) / 0.8665; 0.9392, 0.9342 (A -> B 6
#: fewer false stories, B -> A 4): the one try up on both halves, but its parts are not: the
#: counts alone 0.9307 (9 / 10), the level and share alone 0.9317 (11 / 9), <h2> alone 0.9325
#: (12 / 8; halves 0.9378, 0.9203); the headings the walk keeps (its blocks' tags, what
#: ``structure`` could count for free) 0.9313 (7 / 8; halves 0.9307, 0.9253), and the headings
#: it drops (the page's less the walk's) 0.9318 (11 / 7; 0.9392, 0.9253). What the extractor
#: decided (the story stood alone, a story kept within its region, a region without a story, an
#: item river chosen; log1p of the thread's posts, of the retries, of the <main>s; stood alone:
#: stories 0.95, service 0.39, listing 0.47): 0.9684 / 0.9302 / 0.9321 (12 / 8) / 0.8683;
#: 0.9406, 0.9076 (B -> A 44 -> 61 false stories: the stories of service-like sites stand alone
#: too). None shipped: each move is the size of a dealing's noise (sessions 60-61: ~0.002), and
#: the headings' gain, which alone holds both halves, is in none of its parts and would need
#: <h3>-<h6> in the shared query (~10 µs a tag). With the lexicon's stacking folds dealt
#: otherwise (``pagetype_splits.dealt_folds`` deal 1 instead of GroupKFold's), the base reads
#: 0.9310 at 97% (halves 0.9477, 0.9177: the deal alone moves a half by 0.01-0.02) and the
#: headings 0.9299 (8 / 12; halves 0.9448, 0.9228): their gain was the deal's, not the pages'.
#: Session 74, the columns by family, each left out (main 937e6522's rows, HTML with a URL; a
#: throw-away harness on the bench's functions as sessions 72-73: one model per direction, the
#: lexicon stacked as the bench does, argmax and the test's own 97% cut; 20 directions, the
#: halves and seeds 1-9 both ways, with the lexicon's stacking folds dealt by GroupKFold (deal
#: 0), then by ``pagetype_splits.dealt_folds`` deals 1 and 2 for the few that did not lose;
#: mean at 97% (directions better / worse), then 7-class). Base, deal 0: argmax recall 0.9681,
#: at 97% 0.9310 (worst 0.9038; halves A -> B 0.9378, B -> A 0.9038), 7-class 0.8706; deals 1-2
#: 0.9301, 0.8674. Left out, deal 0: the URL's 19 columns 0.9132 (2 / 17), 0.8561; declared
#: types (ld_*, og_*: 16) 0.9285 (5 / 12), 0.8684; the extractor's three marked verdicts 0.9281
#: (5 / 14), 0.8603; its metadata (published, authors, section, tags, related) 0.9301 (6 / 13);
#: the voice groups 0.9269 (4 / 14); the lexicon's seven 0.9242 (4 / 16), 0.8624; the links'
#: and teasers' shares and repeated classes (10) 0.9260 (8 / 12); the tag counts and block
#: shapes (14) 0.9297 (10 / 8); the title's words 0.9312 (9 / 10); the body's numbers (body_*,
#: title_words) 0.9318 (12 / 6), 0.8667; the furniture wording (text_*) 0.9316 (13 / 7),
#: 0.8654; the class names' family words (class_*, dropped_*: 10) 0.9312 (9 / 8), 0.8684. Over
#: the three deals (60 directions; base 0.9304, 7-class 0.8685): the body's 0.9309 (31 / 21),
#: 0.8671; the wording's 0.9305 (30 / 26), 0.8650; the class words' 0.9312 (28 / 23), 0.8681
#: (argmax recall 0.9674 -> 0.9680). No family fits wcxb-dev's domains at unseen ones' cost:
#: every one either carries evidence (URL, lexicon, voice, links, declared and marked types) or
#: is neutral within the deal's noise. The class words are the one neutral family an unseen
#: site can take away wholesale: with the test pages' class_* and dropped_* set to 0 (hashed or
#: utility class names carry no family word; 80% of the pages have one), the shipped recipe
#: reads 0.9238 at 97% (1 / 18 against the pages as they are; halves 0.9321, 0.8797), 7-class
#: 0.8555 (0 / 19); a model never given them reads 0.9312 and 0.8684 there as on the pages as
#: they are (18 / 1 against the recipe on such pages).
#: Built (``pagetype_train.HTML_UNREAD`` with the ten class-word columns; the bench's ``--halves
#: --kinds html``, five deals, against main's): CV 7-class 0.882 -> 0.873, article P / R /
#: accuracy 0.903 / 0.974 / 0.931 -> 0.901 / 0.971 / 0.928; A -> B 0.992 / 0.904 (at 97% 0.938)
#: -> 0.990 / 0.905 (0.939); B -> A 0.964 / 0.925 (0.904) -> 0.961 / 0.930 (0.910);
#: ScrapingHub 118/118 as HTML and text (shipped models). Not shipped: CV and B -> A's recall
#: lose (the keep rule holds both); the hashed pages' gain is a stand-in's, a lead for a model
#: trained with the class words blanked on a share of its pages rather than never given them.
