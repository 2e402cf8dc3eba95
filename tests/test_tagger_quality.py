"""The note reader held at its goal on each evaluation file (tests/data/TAGGING_GUIDELINES.md).

Goal, on notes it was never tuned on: F1 >= 0.92 for present mentions, and every present
red-flag or pain mention found (nothing a patient writes plainly about a red flag goes
unsuggested). The dev files are held to that goal, some of them at a measured red-flag floor
(RED_FLAG_RECALL_FLOORS), F1 floor (F1_FLOORS) or share of red flags the page offers
(RED_FLAG_SUGGESTED_FLOORS), each with its reason.

The frozen holdout (tests/data/FROZEN_HOLDOUT.md) does not reach it yet. Its test holds the
reader at the score it measured (so a change that loses ground fails) and checks that the file
is the one frozen; the goal stays written here, not lowered, until the reader reaches it on
notes it has not seen.
"""

import hashlib
from pathlib import Path

import pytest

from diary.management.commands.evaluate_tagger import BLIND_FILES, DEV_FILES, HOLDOUT_FILE, evaluate

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore:.*W036"),
]

DATA = Path(__file__).parent / "data"
F1_GOAL = 0.92
RED_FLAG_RECALL_GOAL = 1.0


# Dev files held below the red-flag goal, at their measured recall, and why:
RED_FLAG_RECALL_FLOORS = {
    # round2b 101/102, round3d 94/95, round4f 99/100 since round 28: how a seizure or a
    # confusion named just before looked ("had a fit at 6pm, shaking all over", "Forgetting
    # where she is, calling me by my mum's name") is now part of the event's one mention, which
    # these writers labelled twice (32 notes of the dev files label it once). The red flag is
    # found present all the same, so every page offers it.
    "notes_dev_round2b.jsonl": 0.990,
    "notes_dev_round3d.jsonl": 0.989,
    "notes_dev_round4f.jsonl": 0.990,
    # 92/93: "very sleepy today, hard to rouse" labels "sleepy" a change in mental state too;
    # the reader finds "hard to rouse", while "so sleepy" alone is fatigue to other writers.
    "notes_dev_round4g.jsonl": 0.989,
    # 88/89: "husband says im not making sense" is labelled a change in mental state (the
    # reader offers confusion, as for "talking nonsense" and "muddled"), a red flag either way.
    "notes_dev_round5i.jsonl": 0.988,
    # 95/96: "The doctor says the pain in ma hip bone is the cancer. ... Still sair but easier":
    # a pain word alone, a sentence after its part, is that pain again; the reader does not
    # carry a part across sentences (the day's page still offers it: bone pain is named).
    "notes_dev_round7m.jsonl": 0.989,
    # 98/99: "Calcium came back 3.1, they said hypercalcaemia. Explains the thirst and the fog."
    # labels "the fog" confusion; "fog" alone is also the weather's ("drove home in the fog"),
    # and only "brain fog" and "foggy" are read.
    "notes_dev_round8o.jsonl": 0.989,
    # 93/98 (89 after round 9; round 10 read "noggin" as the head and "I'm getting puffed";
    # round 11 the legs as "pins" and "pegs"): the five missed are everyday names ("chest
    # box"), a speech change told without a speech word ("it just came out as rubbish"), a
    # second mention of a red flag found once ("legs gave out ... no strength in them"), a
    # pain cut by ellipses and "wife fell asleep mid-sentence" read as a relative's. The page
    # offers 97 of 98.
    "notes_dev_round9p.jsonl": 0.948,
    # 112/119 (97 after round 9; round 10 read capitals' contractions, a comma without its
    # space: "10/10,CANT FEEL MY LEGS", and the washroom as a toilet; round 11 "legs not
    # bearing her weight", "could not spend a penny", "trouble getting the wee started", a
    # wobbly tooth, "Upper stomach is paining", "muscles in my thighs agony", "speech sounded
    # drunk", "drowsier than usual, slow to respond", "couldn't remember the way home"):
    # Jamaican and Singaporean English ("cyaan ketch mi breath": "mi" is also "I"; "very
    # blur"), misspellings too far from any word ("bak ake", "stummik", "hevy"), "couldn't
    # hold it" with no bladder word, "Swallowing hurts" (labelled generic pain). The page
    # offers 114 of 119.
    "notes_dev_round9q.jsonl": 0.941,
    # 79/87 (78 after round 10; round 11 read "legs just wouldnt lift"): the page offers all
    # 87; not found present are legs told by what she could not do ("couldnt climb into the
    # bath"), a seizure told as "a funny turn", a word-finding slip told by example ("said
    # fork when I meant cup"), autocorrected words ("sizes", "breathe less"), a pain set
    # against an old one ("hips ache too but thats the old arthritis") and a chest set
    # against COPD.
    "notes_dev_round10r.jsonl": 0.908,
    # 98/100 (94 after round 10; round 11 read "cofing up blod", one edit from blood after a
    # cough and "up", and the common images of pain: "an elephant on my chest", "head like
    # it's in a vice", "an electric shock down my spine"): the page offers all 100; asked, not
    # found: "Legs like someone switched them off" and a worry that is also a report ("What
    # if the pain in my ribs means it's spread? ... Ribs ache more at night").
    "notes_dev_round10s.jsonl": 0.979,
    # 89/94, tuned on for one round only (round 11; 84/94 blind): the page offers 93 of 94.
    # Not found present: a second mention of a red flag found once, told by example ("muddled
    # ..., thought I was her sister Kathleen", "saying the wrong word, called the kettle the
    # telly") or by what she cannot do ("numbness in both legs, can barely stand": "can
    # barely stand" is also "can barely stand the smell"), "a deep ache in my hips and ribs"
    # (read as pain, labelled bone pain after "Bones ache all over"), and "my elbow is sore",
    # labelled generic pain, which the reader reads as joint pain (as round 2's labels did:
    # an elbow is a joint, as wrists and knees are), so the page offers joint pain instead.
    "notes_dev_round11t.jsonl": 0.946,
    # 96/98, tuned on for one round only (round 12; 88/98 blind): the page offers all 98. Not
    # found present: "My mother is very sleepy and hard to wake up" labels "sleepy" and "hard
    # to wake up" as two changes in mental state; the reader finds "hard to wake" (the same
    # item, so it is offered), while "very sleepy" alone is fatigue to other writers; and
    # since round 28 "she had a seizure ... whole body jerking", one mention (above).
    "notes_dev_round12v.jsonl": 0.979,
    # 129/136, tuned on for one round only (round 13; 112/136 blind): the page offers 134 of
    # 136. Asked, not found present: two fractures told by the sound ("heard a crack turning
    # over in bed", "heard a loud crack from my thigh": a crack is also the thunder's, the
    # ice's, a glass's), a kettle put in the fridge (the same slip is labelled memory or not
    # at all by other writers), "put the milk in the oven" beside "kept asking what day it
    # was" (found), and "not like me at all" beside "acting out of character". Neither found
    # nor asked: a word-finding slip told by example ("keeps saying 'the thing' for
    # everything") and "Kept asking where her mum is (her mum died in 1998)". 123/136 since
    # round 24: this file's writer alone labels saddle numbness ("numb round my bottom", "cant
    # feel when i wipe", "couldn't feel the seat under me") as the legs'; the catalog lists
    # "numb bottom" and "saddle numbness" under bladder and bowel control, as seven later
    # writers label it, and the reader reads it so (a spinal cord red flag either way). 122/136
    # since round 54: "talking nonsense", labelled a speech problem here, is read as confusion,
    # as two later writers label it (a red flag either way).
    "notes_dev_round13y.jsonl": 0.897,
    # 91/92, tuned on for one round only (round 14; 85/92 blind): the page offers all but one.
    # Not found: "A: ?pathological #NOF, pain 9/10" in a nurse's SBAR note, a severe pain
    # beside a fracture the note only suspects.
    "notes_dev_round14z.jsonl": 0.989,
    # 124/125, tuned on for one round only (round 14; 119/125 blind): the page offers all 125.
    # Asked, not found present: "Wee just won't come", read as a question (a sentence of
    # doubt follows it).
    "notes_dev_round14q.jsonl": 0.992,
    # 116/120, tuned on in rounds 15 and 16 (105/120 blind): the page offers 119. Asked, not
    # found present: "tried to wee all afternoon and nothing came out", "mum 'just not
    # right'"; "appears
    # drowsy" (a change in mental state to this writer, tiredness to others); neither found
    # nor asked: "Dad's 88 ... he couldn't get a sentence out right" (a man: read as someone
    # else's, the diary's owner being a woman unless the note says otherwise).
    "notes_dev_round15a.jsonl": 0.966,
    # 120/123, tuned on in rounds 15 and 16 (112/123 blind): the page offers all. Asked, not
    # found present: "PND" (also postnatal depression), "just in case, I've been a bit foggy"
    # (the "in case" reaches it), and "didn't know whose house I was in" (a shape read once
    # and withdrawn: a review found it read of house viewings, parties and night shifts).
    "notes_dev_round15b.jsonl": 0.975,
    # 146/149, tuned on in round 16 (134/149 blind): "v drowsy" after fits (as round15a), and
    # "My own wrist aching in sympathy" beside Nana's broken wrist (read as that fracture's pain).
    "notes_dev_round16c.jsonl": 0.979,
    # 116/122, tuned on in round 16 (108/122 blind): asked, not found present: "acting odd",
    # "Never had a fit in my life till today", "the tightness that comes when I walk uphill";
    # neither: "peeing burns" (labelled generic pain), "the legs are heavier than they were" in
    # a note to self, and "when I tripped over my words today I panicked" (a shape read in
    # round 16 and withdrawn in round 17: a wedding speech, a quiz, an interview read alike).
    "notes_dev_round16d.jsonl": 0.95,
    # 108/123, tuned on in round 17 (93/123 blind): a writer asked to describe red flags at
    # length rather than name them. The page offers 116: asked, not found present, the parts
    # in two lists of one-word sentences ("Breath. Legs. Bladder. All bad."), "out came a load
    # of nonsense words", "left hand twitched on its own", tingling up into the thighs.
    # Neither: word-finding told by an image ("couldn't find the right drawer for the word",
    # "the word is on the shelf and I can't reach it"), "couldn't work out how to use the card
    # machine", "me being muddled" after "Might explain", a sore shoulder beside "I don't think
    # it's broken", "she's drowsy again", "woke up wet" after a fit (a shape withdrawn in round
    # 17: a hot-water bottle, rain in a tent read alike).
    "notes_dev_round17e.jsonl": 0.878,
    # 120/129, tuned on in round 17 (115/129 blind): the page offers 124. Asked, not found
    # present: "full body shaking" after a fit, "104°F?!", "pants wet" in a second-language
    # note, "talk funny"; neither: "my back pain plus the legs going numb" in a niece's advice
    # ("on Monday" reaches it), "once I couldn't make it" (with diarrhoea), "elbow sore"
    # (labelled generic pain), "Fit at 0700. Wife timed it" (a shape withdrawn after a review:
    # a gym session or a dress fitting at a time read alike).
    "notes_dev_round17f.jsonl": 0.93,
    # 99/113, tuned on in round 18 (81/113 blind): a writer asked for red flags in her own
    # images, at night, as jokes. The page offers 100. Neither found nor asked: legs that
    # "handed in their notice" or "just weren't there", wee that "came with no warning", words
    # "wading through treacle", air "let out of my lungs", "my breath left me", "the fog" after
    # high calcium, "Seeing spiders on the wall" (a shape withdrawn: real spiders read alike),
    # "Dozy and vague" ("dozy" is as often a name called), "wet trousers" after a fit, "it came
    # out 'goo mmorg'" (the quotes are cleaned away), "Hip's giving me gyp" (labelled the joint's,
    # read as generic pain), "Everything aches" beside a tight chest.
    "notes_dev_round18g.jsonl": 0.876,
    # 140/146, tuned on in round 18 (131/146 blind): the page offers 142. Neither: Jamaican
    # Patois ("cyaan ketch mi breath", "Belly a hurt mi"), "fit at 0400" (the withdrawn
    # shape above), "Wrist hurts" (labelled generic pain, read as the joint's).
    "notes_dev_round18h.jsonl": 0.958,
    # round20k 130/139 (129 blind) and round20l 146/153 (140 blind), tuned on in round 21.
    # Neither found nor offered: autocorrect's "breathes" for breathless on the stairs, legs
    # "going weak" after "what's not expected is", "Hurts to take a deep breath" is found now
    # but a headache "was a 4, today it's a 9" after "yesterday" is not, an "ankle throbbing".
    "notes_dev_round20k.jsonl": 0.942,  # 131/139 after round 22
    "notes_dev_round20l.jsonl": 0.960,  # 147/153 after round 23
    # round21m 100/103 (94 blind, tuned on in round 22) and round22q 82/91 (82 blind, written
    # for round 22): a Scots "heid's been loupin", "Puffing a bit near the top", a named
    # neighbour's fits read as hers, a carer's mother's words.
    "notes_dev_round21m.jsonl": 0.970,
    "notes_dev_round22q.jsonl": 0.901,
    # round22o 91/101 and round22p 94/103 (82 and 82 blind), tuned on in round 23: a father
    # whose "his right ribs" and "his wrist" are read as another man's, a Jamaican "belly a run",
    # "numb down below" (labelled the bladder's, read as the legs').
    "notes_dev_round22o.jsonl": 0.900,
    "notes_dev_round22p.jsonl": 0.912,
    # round23r 115/118 and round23s 90/93 (104 and 84 blind), tuned on in round 24. Asked, not
    # found present: "fuzzy-headed" (asked as confusion), "just not the same person" after a
    # fit, "Tight in the chest" (asked: the chest's or the breath's), "Partner reckons I've been
    # acting weird". Neither: "Mum broke her wrist" in a note that also tells of her old break
    # (read as family history), "just the usual stiffness" of a hip.
    "notes_dev_round23r.jsonl": 0.974,
    "notes_dev_round23s.jsonl": 0.967,
    # round24t 90/91 and round24u 109/112 (73 and 105 blind), tuned on in round 25. Asked, not
    # found present: Singapore's "very blur" after a comma, "Breathing feels harder" (asked: a
    # word of change the reader could not place), "a gum sore that hasn't healed" on denosumab
    # (labelled the jaw's, read as a mouth sore). Neither: "Dad says Mum was confused" in a note
    # from their son (read as his father's report of his mother, someone else's).
    "notes_dev_round24t.jsonl": 0.989,
    "notes_dev_round24u.jsonl": 0.973,
    # round25v 103/107 and round25w 87/92 (89 and 72 blind), tuned on in round 26. Asked, not
    # found present: "a shaking fit", "Legs are giving way", "Arm's throbbing", "heavy and
    # numb-ish" (of legs named a sentence before), a tooth "socket still hasn't healed" on
    # denosumab, "a broken humerus" after "turns out". Neither: "Papa's behaviour is odd" in a
    # note signed "(His daughter.)" (read as a relative's), a partner's pasted "u were acting
    # proper weird" (a shape withdrawn after the review: films and friends' texts read alike),
    # "Rach says I'm 'not right'".
    "notes_dev_round25v.jsonl": 0.962,
    "notes_dev_round25w.jsonl": 0.945,
    # round26x 121/131 and round26y 94/98 (114 and 91 blind), tuned on in round 27. Asked, not
    # found present: "a proper shaking fit", "the fit in the morning", "a crack in one of my
    # vertebrae" and "the hip break clean through" (a doctor's finding), "couldn't get the
    # proper word", "had an accident twice" beside "can't hold my water", a gum that "hasn't
    # healed" on Zometa (labelled the jaw's), "Can't say the fever gone" (read as no fever; the
    # 101.8 F beside it is read), "If the breathlessness isn't better by morning", "Amma's legs
    # gave way" and "Amma was confused" in a daughter's notes. Neither: "I'd be lying if I told
    # you the tightness in my chest has gone" (read as gone), a drain "site is sore".
    "notes_dev_round26x.jsonl": 0.923,
    "notes_dev_round26y.jsonl": 0.959,
    # round27a 99/99 and round27b 101/104 (84 and 92 blind), tuned on in round 28. Asked, not
    # found present: "the X-ray shows why: it's broken. Broken from lifting a shopping bag".
    # Neither: "Dad called: Mom's temp is 102.3 and she's just not right in herself" in a
    # daughter's note with no other word of whose diary it is (read as her mother's).
    "notes_dev_round27b.jsonl": 0.971,
    # round29e 98/102 and round29f 99/104 (87 and 94 blind), tuned on in round 30. Asked, not
    # found present: "This isn't her at all", "she's 'hyperventilating' ... out of puff",
    # "gone very quiet and strange", "the bone ... just snapped" (after "Broke me upper arm",
    # found), a carer's "Back pain? She nodded yes". Neither: "I didn't know it was Tuesday",
    # "my neck is what's sore", "Cast is off now, just stiff" (of a wrist), "and was panting".
    "notes_dev_round29e.jsonl": 0.960,
    "notes_dev_round29f.jsonl": 0.951,
    # round30g 110/110 and round30h 123/124 (82 and 114 blind), tuned on in round 31. Asked,
    # not found present: "couldnae hold it" before "wet myself" (found) in a headed line.
    "notes_dev_round30h.jsonl": 0.991,
    # round31i 103/106 and round31j 119/124 (95 and 111 blind), tuned on in round 32. Asked, not
    # found present: "my legs were giving way ... Scared me heaps", "I passed urine on myself"
    # (beside "I did not feel it coming"), "mi couldn't catch mi breath" after "Mi sister drove
    # me" (read as the sister's), "a wee bit tight in the chest" (the chest's or the breath's),
    # "Ma had a shaking fit" in a child's note. Neither: a carer's "Her back has been at her",
    # "A&E ... confirmed a fractured ankle" after a fall "on Saturday" (read as past), "Mi
    # granddaughter seh mi words coming out jumbled" (read as the granddaughter's).
    "notes_dev_round31i.jsonl": 0.971,
    "notes_dev_round31j.jsonl": 0.959,
    # round32k 103/104 and round32l 99/100 (100 and 95 blind), tuned on in round 33. Asked, not
    # found present: "Fever since two days, 38.9 this morning" (the fever found, the reading a
    # second mention of it), "Sharp stab in my chest on a deep breath" (the chest's or the
    # breath's).
    "notes_dev_round32k.jsonl": 0.990,
    "notes_dev_round32l.jsonl": 0.990,
    # round33m 99/102 and round33n 105/105 (97 and 101 blind), tuned on in round 34. Asked, not
    # found present: "with no idea why I'd gone there", "had a shaking fit on the sofa". Neither:
    # "a deep bone ache in my shoulder blade" after a break two years ago.
    "notes_dev_round33m.jsonl": 0.970,
    # round34o 136/136 and round34p 97/99 (124 and 92 blind), tuned on in round 35. Neither
    # found nor asked: "The ache in my right hip that I'd blamed on the allotment is actually in
    # the bone" (the bone named a clause after the ache), a carer's "She says they feel heavy
    # like stones" (the legs named a sentence before).
    "notes_dev_round34p.jsonl": 0.979,
    # round35q 114/116 and round35r 103/103 (106 and 100 blind), tuned on in round 36. Neither
    # found nor asked: a carer's "Grandpa's not acting like himself" (the diary's owner is a
    # woman, so "himself" is another's), and "My sister had a fit in the night" written by the
    # family of the sister who is the patient.
    "notes_dev_round35q.jsonl": 0.982,
    # round36s 105/109 and round36t 92/94 (87 and 80 blind), tuned on in round 37. Asked, not
    # found present: "the same dull ache low down in my back it always has" (an old injury's
    # ache, set against a new pain), "just no power in them" (the legs a sentence before), "pain
    # in the right side under the ribs ..., isn't it?" (a tag question), "a wee crack in ane o
    # the vertebrae". Neither: "the back pain for the last fortnight" (read as past: a span
    # told with "the last fortnight" is as often over), "My aunty is talking thick and slow"
    # (an aunt is another's unless she is named the patient; "talking thick" is also an accent).
    "notes_dev_round36s.jsonl": 0.963,
    "notes_dev_round36t.jsonl": 0.978,
    # round37u 118/124 and round37v 100/101 (103 and 93 blind), tuned on in round 38. Asked, not
    # found present: a wife's or a carer's note that never speaks in the first person, of a man
    # who "coughed up blood", is "very breathless", "gasping" (the diary's owner may be him or
    # her), "a different man since Tuesday" (also said of a man much better), "My daughter
    # reckons I've not been myself" (a relative's guess is uncertain). Neither: "he did not know
    # he was in his own house" beside "His father also got very confused" (a family's history),
    # "her jaw aching at the side where the tooth was pulled last year" (read as past).
    "notes_dev_round37u.jsonl": 0.951,
    "notes_dev_round37v.jsonl": 0.990,
    # round38w 101/102 and round38x 90/95 (97 and 75 blind), tuned on in round 39. Asked, not
    # found present: "my sister says she ... is hard to wake" (read as the sister's), "he shake
    # me long time before I wake", "Also tight in the chest" after "Coughing blood" (the chest's
    # or the breath's), "My own scan last week show small break in one vertebra" (read as
    # past), "the legs they fold under me" (uncertain). Neither: "Last month the pain in my
    # bones was terrible, now with the new injection it's less" (read as past).
    "notes_dev_round38w.jsonl": 0.990,
    "notes_dev_round38x.jsonl": 0.947,
    # round39y 97/98 and round39z 103/111 (95 and 96 blind), tuned on in round 40. Asked, not
    # found present: "Knees are murder" after "Rheumatoid or the letrozole, who knows", "The
    # stairs at home are killing my knees" (both read as doubted), "my son says my talk is
    # thick and slow", "She's very sleepy" after a fit and "Mammy's not right today, very
    # sleepy" (the second mention of her state), "blood streaked through my phlegm", "could not
    # feel the pinch on her legs". Neither: "Terrible pain in my right hip" (the bone named a
    # sentence later), "bit breathless on the stairs" after "they'll do a scope" (read as to
    # come).
    "notes_dev_round39y.jsonl": 0.989,
    "notes_dev_round39z.jsonl": 0.927,
    # round40a 102/103 and round40b 98/99 (96 and 93 blind), tuned on in round 41. Asked, not
    # found present: "The whole arm is throbbing tonight" after a broken wrist (read as
    # doubted), "Words are getting stuck, I know what I want to say".
    "notes_dev_round40a.jsonl": 0.990,
    "notes_dev_round40b.jsonl": 0.989,
    # round41a 94/95 and round41b 125/126 (89 and 115 blind), tuned on in round 42. Asked, not
    # found present: "Had some leakage when I didn't make it in time" (read as the words after
    # it), "Not sure if the headache from the heat or from the medicine" (a doubt of its cause,
    # read as a doubt of the headache).
    "notes_dev_round41a.jsonl": 0.989,
    "notes_dev_round41b.jsonl": 0.992,
    # round42c 115/119 and round42d 117/118 (102 and 112 blind), tuned on in round 43. Asked,
    # not found present: "Mama just isn't acting like herself, been sleeping 20 hours a day"
    # (the second sign of her state), "Broke my hip, or rather the cancer broke it", "Mum's pee
    # has been leaking all day and she doesn't feel it happening" (read as doubted). Neither:
    # "slurring on the phone last night and not like myself at all" (read as last night's),
    # "real sleepy, couldnt hardly wake her" after a convulsion (the fit's look).
    "notes_dev_round42c.jsonl": 0.966,
    "notes_dev_round42d.jsonl": 0.991,
    # round43e 122/126 and round43f 102/105 (114 and 91 blind), tuned on in round 44. Asked, not
    # found present: "Mam's personality has changed, she used to be so gentle" (a mother's, or
    # the patient's), "her left leg folded under her", "Our Lorraine had an accident in the
    # bed" ("our" before a name), "the words wouldn't come ... Ten minutes later fine", "a wee
    # sore on the gum that isnae healing" (read as a mouth sore). Neither: "Hip pain ... it's in
    # the bone not the joint", "My mother had convulsions in the night" (the writer's mother).
    "notes_dev_round43e.jsonl": 0.968,
    "notes_dev_round43f.jsonl": 0.971,
    # round44g 128/129 and round44h 102/104 (122 and 94 blind), tuned on in round 45. Asked, not
    # found present: "Arm throbs in the cast" after a broken wrist (read as doubted). Neither:
    # "I think of her today because my shoulder aches" after a friend's broken arm (read as
    # hers), "A woman asked if I was alright and I couldn't get my answer out straight" (read
    # as the woman's).
    "notes_dev_round44g.jsonl": 0.992,
    "notes_dev_round44h.jsonl": 0.980,
    # round45i 90/118 (86 blind), tuned on in round 46: wives who write of their husbands, the
    # patients, in notes that do not say whose diary it is ("My husband has coughed up blood,
    # about a cupful", "Mike has had pain under his right ribs"). The words cannot tell a wife's
    # note of her husband from a woman patient's note of hers, so his red flags are asked (113
    # of 118 offered), not found present; the app knows whose diary it is, the reader does not
    # (docs/note-reader.md, "Round 46"). round45j 115/116 (111 blind): "Nurse asked if I was
    # breathless: only on the stairs" after coughing blood (read as the answer to another
    # question).
    "notes_dev_round45i.jsonl": 0.762,
    "notes_dev_round45j.jsonl": 0.991,
    # round46k 98/99 (95 blind), tuned on in round 47: "Started on the syringe driver Monday and
    # the pain's far better controlled" (read as Monday's pain, neither found nor offered).
    "notes_dev_round46k.jsonl": 0.989,
    # round47m 103/104 (89 blind), tuned on in round 48: "Haven't written since the 3rd ... Thu
    # 7th: X-ray shows a fracture of the radius, and I'm still in the cast" (a day the diary
    # catches up on: read as past). round47n 97/103 (89 blind): "Grandma, you got so confused
    # this afternoon you thought we were in Macon in 1975" (the year read as hers); asked, not
    # found: "couldn't pass any urine ... Your legs were numb for a day last month", "every
    # breath in is a stab in the chest" after a broken rib, "Upper tummy pain ... and are my eyes
    # yellow?", "You seem in a fog tonight", "Wrist deformed, definitely broken".
    "notes_dev_round47m.jsonl": 0.990,
    "notes_dev_round47n.jsonl": 0.941,
    # round48o 78/82 (72 blind), tuned on in round 49: "Wet myself laughing at the grandchildren,
    # the pelvic floor's never been right" (read as the joke it usually is); asked, not found:
    # "Puffing like an old bus", "the cancer has cracked the bone in my hip", "the bones in my
    # pelvis grumble". round48p 103/111 (102 blind): couples who are both unwell; "My wife's
    # speech is slurred" asked, not found (a husband's note of his wife: the patient as often
    # as not); "Mark's COPD makes him a better judge of breathing ... and he says I sound
    # puffed" (read as his, neither found nor asked).
    "notes_dev_round48o.jsonl": 0.951,
    "notes_dev_round48p.jsonl": 0.927,
    # round49q 128/130 (118 blind), tuned on in round 50: "Under me ribs on the liver side 4" in
    # a list of scores (neither); "Had a shaking fit in the lounge" in a note that also tells of
    # a grandfather "who passed years back" (asked). round49r 195/213 (193 blind and after
    # round 50; round 51 reads a note whole, and "Another small fit at 6.30"): long entries,
    # most of them a husband's or a child's day told hour by hour ("Keith writing for Ann"): 13
    # of its 18 red flags not found present are asked (docs/note-reader.md, "Round 51").
    "notes_dev_round49q.jsonl": 0.984,
    "notes_dev_round49r.jsonl": 0.915,
    # round50s 111/112 (109 blind), tuned on in round 51: "no feeling around my bottom when I
    # wipe" (asked, not found). round50t 107/109 (99 blind): "After the bone injection on
    # Monday my whole body aches" (read as Monday's), "had terrible trouble getting the words
    # out to tell her the answers" (the words of round 48's best man, kept unread), neither
    # found nor asked.
    "notes_dev_round50s.jsonl": 0.991,
    "notes_dev_round50t.jsonl": 0.981,
    # round51u 76/77 (74 blind), tuned on in round 52: "Monday I started feeling short winded
    # ... by Tuesday night I couldn't catch my breath lying flat" (the second read as Tuesday's,
    # asked). round51v 59/63 (56 blind): "Mammy's after getting very breathless since Sunday"
    # (Irish "after": read as someone else's), "Back's been at her for weeks" (neither);
    # "Right leg's been dragging ... it feels heavy", "a bit of bone is showing" (asked).
    "notes_dev_round51u.jsonl": 0.987,
    "notes_dev_round51v.jsonl": 0.936,
    # round52w 86/91 (83 blind), tuned on in round 53: "I think maybe I break one" (a rib,
    # neither), "then very sleepy and didnt know me" after a seizure (neither), "she cannot find
    # simple word like cup" in a niece's note (asked), "she dont know where she is" last night
    # and still confused this morning (asked), "my stomach upper part is hurt" (neither).
    # round52x 90/94 (88 blind): "My legs gave way ... They still feel like jelly" (asked),
    # "pins and needles up to the knees" (read as the nerves), "Today my hips ache" (read as a
    # pain of no joint), "with this back pain, call 999" (read as the nurse's if).
    "notes_dev_round52w.jsonl": 0.945,
    "notes_dev_round52x.jsonl": 0.957,
    # round53y 74/78 (67 blind), tuned on in round 54: "Tom had a seizure ... he was muddled",
    # "Davie cannae pee ... Back's been murder" (a man named in a note that does not say he is
    # the patient: asked), "you found yourself in the car park with no idea how you got there"
    # (asked), "jist cannae hold it" (neither). round53z 85/89 (84 blind): "then very sleepy and
    # muddled after" a fit, "wet pyjamas" after one (neither), "Dad's words came out all wrong
    # ... Called 999" and "Mama is confused since morning ... taking her to the hospital" (read
    # as theirs, asked since round 54).
    "notes_dev_round53y.jsonl": 0.948,
    "notes_dev_round53z.jsonl": 0.955,
    # round54a 81/95 (77 blind), tuned on in round 55: children who write of "Dad" (the
    # patient, a man) in notes that do not say so ("Dad's back pain is agony tonight ... his
    # legs feel heavy", "dads chest feels tight n he cant catch his breath", "dad wont wake up
    # properly"): read as a father's, and asked only where the note calls for help; a wife's
    # "she's not herself" after a visit to her sister's (read as the sister's). round54b 62/64
    # (61 blind): "Jaw's aching ... where the dentist took the tooth out last month" (read as
    # last month's), "Been coughin' aal neet, an' cannit get me breath" (found since round 55),
    # "my back was screaming ... then I couldn't feel my legs properly" at a funeral (asked).
    "notes_dev_round54a.jsonl": 0.852,
    "notes_dev_round54b.jsonl": 0.968,
    # round55c 68/70 (66 blind), tuned on in round 56: "Nurse said it might be the morphine
    # making her confused" (a doubt of the cause, read as a doubt of it: asked), "Mam's had the
    # runs ... she's had two accidents on the bed" (read as the mother's, neither found nor
    # asked). round55d 80/81 (79 blind): "Partner reckons I'm slurring a bit too" (asked).
    "notes_dev_round55c.jsonl": 0.971,
    "notes_dev_round55d.jsonl": 0.987,
    # round56e 92/94 (90 blind), tuned on in round 57: a teenager's "nana ... says her legs
    # just go" and "Can't feel me legs right ... I'm dragging the left one" (both asked).
    "notes_dev_round56e.jsonl": 0.978,
    # round57h 74/76 (69 blind), tuned on in round 58: "Me dio mucho dolor de espalda" in a
    # note mostly in Spanish (the guideline leaves a note in another language unlabelled, so
    # the reader does not read it), "Headache and achy" (the ache read as the headache's).
    "notes_dev_round57h.jsonl": 0.973,
    # round58i 81/83 (74 blind), tuned on in round 59: "she could not weight bear" (six
    # earlier files leave "can't weight bear" beside a bone's pain unlabelled, so it is not
    # read), "the pins and needles is going down both legs" (read as the nerves'; both asked).
    # round58j 90/94 (88 blind): "I had headache the whole day" yesterday and "still there"
    # today (the first read as yesterday's), "Grandmother is confused ... taking her to
    # hospital" (a grandchild's note: asked), "a sore on the gum that hasn't healed" beside
    # the jaw's ache, Nanay's "temperature of 38.4" beside a ward-mate's mother (asked).
    "notes_dev_round58i.jsonl": 0.975,
    "notes_dev_round58j.jsonl": 0.957,
    # round59k 67/69 (62 blind), tuned on in round 60: "the tightness hasn't gone" after "my
    # chest felt tight" (the second telling; asked), "my legs that give way" beside a father's
    # Alzheimer's (asked). round59l 72/85 (69 blind): a family group chat whose writers tell of
    # "Daddy", "Pop", "Dad" as the patient (a man, which nothing in the note says): read as a
    # father's, asked where no one else is named or he is taken in now (80/85 offered); of the
    # five not offered, three are a father's in a chat of several speakers or beside a sister
    # ("Daddy says every muscle in his body aches", "Daddy's talkin slurry"), one a mother's
    # "hips and ribs ache deep in the bone" in a chat.
    "notes_dev_round59k.jsonl": 0.971,
    "notes_dev_round59l.jsonl": 0.847,
    # round60m 94/101 (88 blind), tuned on in round 61: "2am sob again" in lower case (the
    # reader reads only "SOB" as breathlessness: "sob" is as often crying), "pain in my right
    # hip 8/10 ... hip bone, not the joint" (a hip is neither a bone's nor a joint's place in
    # the reader until the note says which), "pins in both legs" beside back pain (asked), and
    # a mother's, a mother-in-law's and a grandmother's red flags in notes by their children
    # (asked, or read as theirs). round60n 74/81 (67 blind): a grown daughter, a flatmate and
    # a girlfriend as the patient in a parent's or partner's note (asked where the writer says
    # nothing of her own; "Ma daughter ... Ma wife say" names another relative, and "I no fit
    # wake am", "I no understand" are the writer's own words), "She slur the words" in a
    # mother's note about her daughter (asked).
    "notes_dev_round60m.jsonl": 0.930,
    "notes_dev_round60n.jsonl": 0.913,
    # round61o 79/84 (73 blind), tuned on in round 62: "pain in my left hip" and "Hip hurts"
    # (a hip is neither a bone's nor a joint's place in the reader), "They feel all heavy" of
    # legs named a sentence before (asked), "a sore in me mouth that won't 'eal" beside the
    # bone jabs (labelled the jaw's by its writer; read as the mouth's), "kids thermometer
    # said 101.2 F" (read as the children's). round61p 71/74 (70 blind): "that same ankle has
    # been aching" (an ankle is no place of the reader's either), "hard to climb stairs" after
    # a hospital card's "reduced power ... legs" (asked), a letter's "Pain 3/10 at d/c" beside
    # its bone pain.
    "notes_dev_round61o.jsonl": 0.940,
    "notes_dev_round61p.jsonl": 0.959,
    # round62q 84/86 (82 blind), tuned on in round 63: "My sister heard me slurring on the
    # phone" (read as the sister's), "mummy keeps falling asleep" told by a child (asked).
    # round62r 67/76 (66 blind): fathers ("Baba", "Babam", "Dad") and a grandmother ("Gogo")
    # in their children's notes (asked), "I cough and blood come" (asked), "the same ankle
    # aches" (no place of the reader's), "the gum hasnt closed" beside Zometa (asked), "talks
    # nonsense" (read as speech, asked).
    "notes_dev_round62q.jsonl": 0.976,
    "notes_dev_round62r.jsonl": 0.881,
    # round63s 78/86 (78 blind), tuned on in round 64: "my thighs ache", "sore in the thighs",
    # "Knuckles swollen and achy" and "the wrist I broke ... Bit stiff" (the shapes tried for
    # them read injections, wounds and hand-foot syndrome as muscles and joints, and were
    # removed), a hip's pain twice, "They still feel wobbly and weak" of legs (asked), "very
    # sleepy" noticed by a husband (asked). round63t 91/98 (91 blind): "Pain R shoulder" (a
    # side written as a letter), a tracker's key ("HA = headache"), "wrist hurts" beside a
    # doubted break, "wet sheets" beside a bitten tongue, "tingling in the thighs" (asked).
    "notes_dev_round63s.jsonl": 0.906,
    "notes_dev_round63t.jsonl": 0.928,
    # round64u 68/71 (65 blind), tuned on in round 65: "Pain's easing now" after "chest pain"
    # in the sentence before (read as pain), "Can't walk." with the legs named only in the
    # sentence after (its "Legs just won't take me" is found), "very sleepy, I shake her and
    # she open the eyes" told by a husband (not read). round64v 68/68.
    "notes_dev_round64u.jsonl": 0.957,
    # round65w 66/71 (60 blind), tuned on in round 66: "talkin rubbish" (read as speech, as
    # most writers of the older files label it), "heavy in chest, is from nerves I know" (the
    # cause read as doubt, asked), "What if the headaches mean it's in my brain" (read as a
    # condition), "more herself but very sleepy" told by a daughter, "this pain in ma hip, it's
    # like toothache in the bone" (read as pain and bone pain: asked). round65x 90/94 (90
    # blind): "my stomach little bit cramp", "The hole where it was stings", "On Wednesday she
    # had pain in her hip bone" told in a week looked back on, a mother taken in now (asked).
    "notes_dev_round65w.jsonl": 0.929,
    "notes_dev_round65x.jsonl": 0.957,
    # round66z 80/83 (77 blind), tuned on in round 67: "she sleep very deep and don't answer
    # me" after a fit (older writers fold it into the seizure; not read), "had an accident"
    # told by a husband (asked), "Pain in the neck very strong ... Not the idiom" (read as the
    # idiom). round66y 68/68. writer1 78/79 since round 67: "my legs feel kind of weak and
    # heavy" is asked (a hedge in the mention's own words is doubt: seven of the eight such
    # mentions in the dev files are labelled uncertain).
    "notes_dev_round66z.jsonl": 0.963,
    "notes_dev_writer1.jsonl": 0.987,
    # round67a 79/80 (77 blind), tuned on in round 68: "if your legs go weak or your bladder
    # goes" in a GP's own note (read as hers now; the writer labels the list a condition).
    # round67b 73/81 (68 blind): "38.1" taken again "in case the first one was wrong" (read as
    # a condition; the 38.3 before it is found), "small pain under right breast" when
    # breathing deep (no chest word), "the 'sprain' in my arm is a broken humerus" (the quote
    # read as doubt), "she is strange, talks to people who are not here" told by a daughter,
    # "Today is a headache day" after migraines "used to" (a history), "the fog" (weather to
    # the reader), "cough have blood, small small, pink" (asked), "liver ache" after a sister's
    # pain under the ribs (someone else's).
    "notes_dev_round67a.jsonl": 0.987,
    "notes_dev_round67b.jsonl": 0.901,
    # round68c 87/89 (83 blind), tuned on in round 69: "Numbness down my left leg ... and it
    # feels heavy when I walk" (the numbness is found; "it" for the leg is not), "She'd had an
    # accident, couldnt get to the toilet in time" told by a neighbour (the toilet's words are
    # found, the accident's are not). round68d 70/72 (67 blind): "talking strange when awake"
    # told by a daughter (asked as speech; the writer labels a change of mental state), "very
    # confused tonight, ..., dunno where she is" (the confusion is found; a shape for "dunno
    # where she is" was removed after review: "Mum went to the shop, dunno where she is").
    "notes_dev_round68c.jsonl": 0.977,
    "notes_dev_round68d.jsonl": 0.972,
    # round69e 73/75 (72 blind), tuned on in round 70: "I have not had control since Sunday"
    # after an accident told in the sentence before (not read), "Gogo is confused since morning
    # ... We are at Mpilo casualty now" written by a grandchild (a grandmother taken in now:
    # asked). round69f 86/89 (83 blind): "Our Jean's acting strange tonight" (asked), "pain
    # (back)" in an app's box (generic pain found; a shape for the bracket was removed after
    # review: it took "Chest pain (upper back)" as back pain), "Me mam's talking gibberish"
    # told by a daughter (her mother: someone else's, as "my mum" is).
    "notes_dev_round69e.jsonl": 0.973,
    "notes_dev_round69f.jsonl": 0.966,
    # round70g 71/78 (68 blind), tuned on in round 71: "Also breathing is difficult when I
    # climb stairs" after "My husband is saying go to A&E." (the sentences are not split after
    # "A&E.", so the husband's cue reaches it: asked), a wrist that "has always ached in the
    # cold since" a fall in 1987, "it hurts her so much she cries" beside an arm "we think its
    # broken" (the break is asked and the generic pain beside it dropped), "now very sleepy"
    # after a fit and "she's real sleepy" (read as tiredness, where these writers label a change
    # of mental state), "a little sore back there" after the bowels moved and "one time it came
    # before I reached toilet" (shapes for both were removed after review: "Sore back there.
    # Legs weak.", "The vomiting came before I made it to the loo"). round70h 80/88 (78
    # blind): a loose tooth and a gum that "isn't healing" (asked), "Two days ago she started
    # complaining that her back is paining" (the day opening the sentence), "my arm is swollen
    # and paining" beside a break asked, "very sleepy" told by a daughter (asked), "Scan booked
    # to see if the pain in my ribs is spread" (read as a condition), "She's got no puff at
    # all" (New Zealand: no breath; read as a denial), "Lightheaded and puffed at the bus stop"
    # (a shape for "puffed at" was removed: "The lads were so puffed at half time").
    "notes_dev_round70g.jsonl": 0.910,
    "notes_dev_round70h.jsonl": 0.909,
    # round71i 85/87 (84 blind), tuned on in round 72: "my left one just gave way" after "Legs
    # felt like jelly" (asked; a shape for "one gave way" was removed after review: it took a
    # boot heel's), "had accident twice today" beside "can't feel when she needs to pee" (the
    # first is found, the accident is asked). round71j 70/72 (67 blind): "she feel hot to me"
    # beside "Temp 100.9" (the reading found, the feeling asked), "confused, dont know the
    # year" (the confusion found, the year asked).
    "notes_dev_round71i.jsonl": 0.977,
    "notes_dev_round71j.jsonl": 0.972,
    # round72l 87/89 (78 blind), tuned on in round 73: "then very sleepy and confused after" a
    # seizure (the confusion found, the sleepiness read as tiredness, where these writers label
    # a change of mental state), "wet up di bed" in a list of things to tell the doctor, with no
    # one before it (the Jamaican shape is read after "mi", "she" or a name: not "The hot flush
    # wet up the bed").
    "notes_dev_round72l.jsonl": 0.977,
    # round73m 73/75 (71 blind), tuned on in round 74: "My arm hurts where I banged it on the
    # door yesterday" (the day is the knock's; read as past), a daughter-in-law's "has not been
    # to toilet for pee" (not read). round73n 70/71 (69 blind): "Mum's legs are giving way on
    # her" told by a daughter (her mother: asked).
    "notes_dev_round73m.jsonl": 0.973,
    "notes_dev_round73n.jsonl": 0.985,
    # round74o 85/88 (80 blind), tuned on in round 75: a carer's timeline of the days before
    # ("Thurs: she said her legs felt 'like jello' ... Fri: ... legs just wouldn't push. Sat
    # (today): legs giving way", read as past on their days: today's is found), "Her wrist
    # hurts like crazy and its purple, maybe broken" (read as a joint's pain, labelled a pain).
    "notes_dev_round74o.jsonl": 0.965,
    # round75q 85/88 (76 blind), tuned on in round 76: "She very sleepy and hard to wake" (the
    # waking found, the sleepiness read as tiredness, where these writers label a change of
    # mental state), "she have accident in the car 2 time today" beside "Mom cannot hold her
    # poop" (the first found; an accident alone is a car's as often), "She feel hot but we have
    # no thermometer" (not read: a hot flush is told so as often). round75r 113/115 (108
    # blind): "Tuesday night ... my legs just went out from under me" in a week told day by
    # day (read as past on its day), "whole body shaking for maybe two minutes" after "Karen
    # had a fit" (the fit found; the shaking alone is a chill's as often).
    "notes_dev_round75q.jsonl": 0.965,
    "notes_dev_round75r.jsonl": 0.982,
    # round76s 85/87 (82 blind), tuned on in round 77: "Hips ache in the mornings" (read as a
    # pain, labelled a joint's), a week told day by day ("Wednesday: pain in my right side under
    # the ribs", read as past on its day). round76t 79/81 (76 blind): "Dad reckons she's been
    # drowsy" (a guess of a relative's: asked), "a normal sort of headache" ("sort of" read as a
    # doubt: asked).
    "notes_dev_round76s.jsonl": 0.977,
    "notes_dev_round76t.jsonl": 0.975,
    # round77u 68/69 (67 blind), tuned on in round 78: "Hips are aching like mad, its the bone
    # mets" (read as a joint's pain, as round76s's writer labels the hips). round77v 74/77 (71
    # blind): "Wrist hurt like crazy" and "Wrist sore as hell" (read as a joint's pain, labelled a
    # pain), "it feels heavy" after "Leg's numb from the knee down" (the numbness found), "its
    # broke ... just a normal break" (the first found, the second asked).
    "notes_dev_round77u.jsonl": 0.985,
    "notes_dev_round77v.jsonl": 0.961,
    # round78x 91/92 (82 blind), tuned on in round 79: "She's been muddled today, not with it"
    # (the muddle found as confusion; "not with it" read as a change in her, as five writers
    # before label it, and this writer as confusion).
    "notes_dev_round78x.jsonl": 0.989,
    # round79y 78/79 (77 blind), tuned on in round 80: "Very sleepy too, keeps nodding off mid
    # sentence" (the nodding off found; "very sleepy" is a carer's word for drowsiness as often as
    # for tiredness: asked). round79z 72/76 (70 blind): "Wrist is stiff but no pain" a month
    # after the break (read as the broken wrist's pain, labelled a joint's), "we talk about food
    # all the time ... ache in my bones" (asked), "Mother is very sleepy last two days, we cannot
    # wake her properly" (the waking found, the sleepiness asked), "my head is like in fog"
    # beside "I feel confused" (the confusion found, the fog asked).
    "notes_dev_round79y.jsonl": 0.987,
    "notes_dev_round79z.jsonl": 0.947,
    # round80a 95/98 (90 blind), tuned on in round 81: "Can hardly rouse me mam the day. Not
    # right at aw." (asked), "My grandmother she is not herself ... say strange things" (a
    # grandmother read as a relative; the writer writes for her). round80b 91/98 (83 blind):
    # "They'm like jelly still" after "Me legs gid way" (asked), "Broke my wrist last year ...
    # aches when its cold" (not read), "then very sleepy and confused after" a fit (the
    # confusion found), "some words she cannot find" beside "She speaks slow" (asked), "Er's
    # proper dozy today ... er day know who I wus" (the waking found; Black Country "day" for
    # "didn't" is not read), "numbness not wearing off" after "numb feeling in both legs" (asked).
    "notes_dev_round80a.jsonl": 0.969,
    "notes_dev_round80b.jsonl": 0.928,
    # round81c 91/94 (88 blind), tuned on in round 82: "when she was awake she thought we were at
    # her mams in Stockton" (not read), "sleeping all day and snappy" told by a daughter
    # (asked), "she talks nonsense" (read as speech, asked; labelled a muddle). round81d 77/79
    # (69 blind): "Belly top side hurtin on de right" (read as a pain), "any breathlessness? No,
    # no and a bit" (read as denied with the others).
    "notes_dev_round81c.jsonl": 0.968,
    "notes_dev_round81d.jsonl": 0.974,
    # round82e 85/90 (83 blind), tuned on in round 83: "Yesterday night ... I had a convulsion
    # in the bed ... and after I was very confused", "Yesterday night I was confused" (read as
    # past, as the guideline has "yesterday"; its writer labels them present), "Dad wet himself
    # twice today and he never does that" (a father who may be the one written of: asked), a
    # thoracentesis's "Needle spot is sore" (read as an injection's site; labelled a pain).
    # round82f 88/94 (88 blind): "they said her temp was 38.9" of a mother written of (asked),
    # "My aunt MamNcube says her legs are heavy and numb today" (read as the aunt's; the writer
    # writes for her), "no feeling around my bottom when I wipe" (asked), "then very sleepy and
    # muddled" told by a daughter (the muddle found, the sleepiness not), "My mother in law is
    # not herself today" (asked), "a shaking attack this morning, my whole body, I bit my
    # tongue" (not read: a shaking attack is as often a fever's rigors).
    "notes_dev_round82e.jsonl": 0.944,
    "notes_dev_round82f.jsonl": 0.936,
    # round83g 66/77 (63 blind), tuned on in round 84: a stay in hospital, Barbadian English
    # ("Ah wet de bed las night": "wet de" is joined into one word before it is read; "Muh
    # aunty ain't sheself today ... doan know who I is", read as the aunt's, the writer writing
    # for her; "muh side hurting when ah tek a deep breath", read as a pain; "Muh jaw swell up",
    # read as a swelling, labelled the jaw's pain, asked), Congolese French ("when I stand they
    # are giving way", asked; "the temperature it is high" after "the fever 38.7", asked; "my
    # muscles of the legs they ache", read as a pain), "she cyan talk a full
    # sentence widout stopping fuh breath" of a mother written for (not read), "stuck on names"
    # (not read), "de x-ray show I crack muh hip" (asked). round83h 84/88 (77 blind): "Now
    # every time it's frosty that wrist aches" (read as a pain, labelled a joint's), Gullah "don
    # know e own granchile" (not read), "I could not find simple words, like 'spoon'" (asked),
    # "she been sleepin all day an hard to rouse" of a mother written of (read as hers, not
    # offered).
    "notes_dev_round83g.jsonl": 0.857,
    "notes_dev_round83h.jsonl": 0.954,
    # round84i 68/83 (62 blind), tuned on in round 85: Belizean Kriol, where "di" is both "the"
    # and a verb's "is" ("Mi wrist di hurt til now so dem X-ray it: it brok", read as a joint's
    # pain, the break not read; "Mi right side up under mi rib di hurt", read as the ribs'),
    # "noh" ("Mammy noh know weh she deh ... She noh act like sheself", not read: "noh" is as
    # often "doesn't stop" as "didn't"), "mi sleep sleep all day an she cyaan wake mi" (not
    # read), "pain wen mi breathe in deep" after "noh have no chest pain" (read as a pain),
    # "Mi hip bone di kill mi" (asked), "HA too, behind the eyes" (not read), "numb round my
    # private bits" (not read), "Daughter said I seemed not myself" (asked), "didn't know
    # what day it was" told by a daughter (asked). round84j 102/106 (101 blind): "Still weak
    # in the left one" after "Legs stronger too" (not read), "Didn't know me for a minute"
    # (not read), "the pain in her ribs was through the roof" on Tuesday (read as past),
    # "Still stiff in the hands and knees" (asked).
    "notes_dev_round84i.jsonl": 0.819,
    "notes_dev_round84j.jsonl": 0.962,
    # round85k 76/78 (76 blind), tuned on in round 86: "super sleepy, we can barely wake her
    # up" told by a stepdaughter (the sleepiness found, the waking joined to it), "Doctor say
    # my bone is break in the back" (asked: "is break" is as often a worry as a finding).
    # round85l 81/89 (74 blind): "Dad's notes (I'm his daughter ...)": a man who is the patient,
    # named only by the notes' title ("He wet himself twice today", not offered), "Dad temp
    # 38.9 at 2am" and "Dad was properly confused" in a carer's notes (asked), "Writing in
    # Yolanda's diary (my husband's mom ...)" (asked), a bare "101.8 this morning." (not read:
    # a number alone may be a weight), "Since two days she is different, sleeping all the day"
    # (not read: "she is different" is as often a change for the better).
    "notes_dev_round85k.jsonl": 0.974,
    "notes_dev_round85l.jsonl": 0.91,
    # round86m 83/84 (78 blind), tuned on in round 87: "The nurse asked Darlene if she was havin
    # any trouble breathin and Darlene said only when she lays flat" (an answer "only when",
    # told by another speaker; not offered). round86n 81/82 (77 blind): "My mother in law is
    # very drowsy since morning, hard to wake her" (read as the mother-in-law's; the writer's
    # notes are for her: asked).
    "notes_dev_round86m.jsonl": 0.988,
    "notes_dev_round86n.jsonl": 0.987,
    # round87o 67/72 (60 blind), tuned on in round 88: "He also got muddled" told of Dad in a
    # daughter's notes for him (read as the father's: not offered), "After she was real sleepy"
    # after a fit (not read: sleepy is as often tiredness), "Dad's chest felt heavy ... Still a
    # bit tight now" (asked), "a reaction, chest went tight, they stopped it ... Fine after an
    # hour" (read as gone). round87p 62/65 (61 blind): "Sharon here. My back is killing me" (a
    # signature read as a visitor's: asked), "I have no breath when I climb the stairs" (not
    # read: "no breath when" is as often an idiom), "a pain in the neck since two days, a real
    # one" (read as the idiom).
    "notes_dev_round87o.jsonl": 0.930,
    "notes_dev_round87p.jsonl": 0.953,
}

# Dev files held below the F1 goal, at their measured F1, and why:
F1_FLOORS = {
    # 0.903 (P 0.913 / R 0.894; 0.876 blind, 0.900 after round 10): autocorrect's real words
    # ("Nassau" opening a sentence: a name; "sizes", "breathe less"),
    # symptoms told by what she could not do ("Couldn't lift the kettle": labelled weakness by
    # some writers only), chat quoted from others.
    "notes_dev_round10r.jsonl": 0.902,
    # 0.912 (P 0.889 / R 0.937; 0.898 blind): readings of other people's and animals'
    # symptoms ("Dog had a seizure", "a woman had a fit in it" on television), a carer's
    # "hot and shivery" with a reading, labelled once; "N/V all weekend. Today just queasy"
    # (read present, labelled past).
    "notes_dev_round14q.jsonl": 0.912,
    # 0.906 (P 0.931 / R 0.883; 0.872 blind): fainting and a racing heart told in idioms
    # ("ticker's been going like the clappers", "heart going ninety to the dozen"), moods in
    # one word ("low", "jumpy", "paranoid"), a thirst and a pee told at length.
    "notes_dev_round15a.jsonl": 0.905,
    # round17e 0.919 (P 0.931 / R 0.907; 0.873 blind) and round17f 0.902 (P 0.909 / R 0.896;
    # 0.891 blind; 0.904 before round 21 read "couldn't keep meds down" after "N/V all day" as
    # vomiting again, as the guideline's "every occurrence" and six other notes have it): the
    # red flags above, and fainting, thirst and moods told at length.
    "notes_dev_round17e.jsonl": 0.918,
    "notes_dev_round17f.jsonl": 0.901,
    # round18g 0.897 (P 0.914 / R 0.880; 0.799 blind) and round18h 0.900 (P 0.848 / R 0.958;
    # 0.857 blind): the red flags above, and whose symptom it is in notes of several people
    # ("poor Bernie had chest pains", "Bhabhi ... She has fever", "Patient in the next bed was
    # fitting"), a nurse's question read as her answer.
    "notes_dev_round18g.jsonl": 0.896,
    "notes_dev_round18h.jsonl": 0.899,
    # round20k 0.906 (P 0.904 / R 0.908; 0.899 blind) and round20l 0.908 (P 0.913 / R 0.903;
    # 0.871 blind), tuned on in round 21: autocorrect's words ("running a fewer", "breeding
    # down below"), a nurse's list of questions answered "no, no and no", leaflets' lists of
    # side effects read as hers, a carer's "not quite herself".
    "notes_dev_round20l.jsonl": 0.915,  # 0.916 after round 23 (round20k: 0.932, the goal)
    # round21m 0.882 (P 0.819 / R 0.957; 0.815 blind) and round22q 0.841 (P 0.770 / R 0.925;
    # 0.824 blind), tuned on in round 22: whose symptom it is in notes of several people, when
    # the note does not say who writes it ("Dougie's been coughing all week and now I've got a
    # tickly cough too"; "Jo had the same sore mouth on this chemo").
    "notes_dev_round21m.jsonl": 0.881,
    "notes_dev_round22q.jsonl": 0.840,
    # round22o 0.832 (P 0.815 / R 0.851; 0.770 blind) and round22p 0.888 (P 0.895 / R 0.880;
    # 0.825 blind), tuned on in round 23: whose symptom in households when the note does not
    # say who writes it ("Mia has a temp of 38.3 and I felt queasy"), men as patients.
    "notes_dev_round22o.jsonl": 0.831,
    "notes_dev_round22p.jsonl": 0.887,
    # round25w 0.915 (P 0.890 / R 0.942; 0.833 blind), tuned on in round 26: others' symptoms in
    # pasted texts ("Rosie has a temp of 39.2"), jokes ("an actual headache"), a past told in
    # slang ("hurled every cycle").
    "notes_dev_round25w.jsonl": 0.915,
    # round45i 0.866 (P 0.956 / R 0.792; 0.836 blind), tuned on in round 46: a wife's notes of
    # her husband's symptoms, asked rather than read present (above).
    "notes_dev_round45i.jsonl": 0.865,
    # round48p 0.833 (P 0.758 / R 0.923; 0.798 blind), tuned on in round 49: couples who are
    # both unwell, each note telling of both; a husband's symptoms told by his name or "he"
    # ("Tam's awful short of breath the day", "Gareth's breathless as anything in the damp")
    # read as the patient's, as round45i's wives' notes of husbands who were the patients need
    # (docs/note-reader.md, "Round 49").
    "notes_dev_round48p.jsonl": 0.832,
    # round49r 0.887 (0.877 blind, 0.879 after round 50, tuned on in round 50 only by the
    # answers of the questions she asks herself; round 51 reads a long entry whole): long
    # entries told hour by hour (above).
    "notes_dev_round49r.jsonl": 0.886,
    # round51v 0.904 (P 0.883 / R 0.926; 0.869 blind), tuned on in round 52: a retired
    # pharmacist's and a trial's precise words, sons and grandsons who write for her; what is
    # left is mostly whose and when (docs/note-reader.md, "Round 52").
    "notes_dev_round51v.jsonl": 0.903,
    # round53z 0.912 (P 0.873 / R 0.954; 0.883 blind), tuned on in round 54: catch-up entries
    # whose earlier days' lines were labelled present when the symptom went on ("Tues: mouth
    # started getting sore ... Thurs (today): ulcers still there"), others' symptoms in an
    # office and a support group, two readings of one complaint labelled once.
    "notes_dev_round53z.jsonl": 0.911,
    # round54a 0.887 (P 0.894 / R 0.881; 0.831 blind), tuned on in round 55: the fathers and
    # husbands above, read as someone else's where the writer is their child or wife.
    "notes_dev_round54a.jsonl": 0.886,
    # round57h 0.920 (P 0.886 / R 0.957; 0.868 blind), tuned on in round 58: cycles compared
    # in small tables and week-by-week lists ("wk1: tired +++ ... wk3 (now): tired +", "N/V
    # ++ + no"), whose columns the reader does not read as days; Spanish in mostly Spanish
    # notes.
    "notes_dev_round57h.jsonl": 0.919,
    # round58i 0.909 (P 0.892 / R 0.927; 0.838 blind), tuned on in round 59: a key worker's
    # record of the other residents ("Mrs Gallacher across the hall ... took a fit"), a
    # sister's stroke told of "her" ("they say her speech is slurred"), Scots words labelled
    # by one writer only ("boaking", "Greetin"). round58j 0.896 (P 0.872 / R 0.922; 0.862
    # blind): long entries whose metaphors name a part ("The fatigue monster sat on my
    # chest"), Tagalog and Pidgin between the English, relatives' symptoms told in passing;
    # "I was afraid", "fretting", "confused-ish", "I imagine" are left unread, as their
    # words are as often of something else ("I was afraid I'd miss the bus").
    "notes_dev_round58i.jsonl": 0.908,
    "notes_dev_round58j.jsonl": 0.895,
    # round59l 0.835 (P 0.870 / R 0.803; 0.788 blind), tuned on in round 60: the fathers above
    # (their symptoms read as a relative's, so not present), brothers' and sisters' own
    # symptoms in the chat labelled someone else's ("I've got a migraine that won't quit" on a
    # care rota), a week's summary by days; 0.833 after round 79 ("that's her calcium bein
    # high again I bet", labelled asked, now read as present).
    "notes_dev_round59l.jsonl": 0.832,
    # round60n 0.907 (P 0.885 / R 0.930; 0.836 blind), tuned on in round 61: the daughters,
    # flatmates and girlfriends above (read as someone else's, or asked, so not present),
    # Haitian Creole sentences between the English (left unlabelled by the guideline),
    # relatives' symptoms told across sentences in Pidgin ("My friend ... she dey get fits and
    # she dey confuse for the end").
    "notes_dev_round60n.jsonl": 0.906,
    # round61o 0.916 (P 0.891 / R 0.942; 0.847 blind), tuned on in round 62: an ADHD writer's
    # jumps ("my feet are doing the pins and needles thing ... did I book the scan?? no": the
    # "no" read as the answer), fears listed in a therapist's exercise, relatives' fevers
    # told by name ("Ella's temp 38.2"). round61p 0.870 (P 0.811 / R 0.938; 0.774 blind):
    # paper diaries copied in after a stay, dated by day ("12/6 - pain in ribs very bad"),
    # whose days the reader does not read as gone by, and letters' lines after the admission's
    # sentence ("Small amount haemoptysis on day 2"), and a hospital's words copied with no
    # word that says they are a letter's.
    "notes_dev_round61o.jsonl": 0.915,
    "notes_dev_round61p.jsonl": 0.869,
    # round62r 0.896 (P 0.877 / R 0.915; 0.870 blind), tuned on in round 63: the fathers and
    # the grandmother above, a stroke poster's list read as hers, a week looked back on day by
    # day ("Monday chemo, Tuesday the nausea started and I couldnt face food").
    "notes_dev_round62r.jsonl": 0.895,
    # round63s 0.843 (P 0.785 / R 0.910; 0.840 blind), tuned on in round 64: women who care for
    # someone else while ill themselves, whose person's symptoms ("Elias had a seizure at
    # school today") are read as hers; a rule for them was tried and removed (above, and
    # docs/note-reader.md, "Round 64"). round63t 0.906 (P 0.866 / R 0.949; 0.903 blind):
    # trackers' keys and legends, a week's columns.
    "notes_dev_round63s.jsonl": 0.842,
    "notes_dev_round63t.jsonl": 0.905,
    # round65w 0.909 (P 0.899 / R 0.920; 0.860 blind), tuned on in round 66: Glasgow and
    # north-east Scots words ("boakin", "talkin rubbish", "hands an feet ... aa red an peelin"),
    # a second-language note's doubt of a cause ("is from nerves I know, not from heart").
    "notes_dev_round65w.jsonl": 0.908,
    # round67a 0.897 (P 0.837 / R 0.966; 0.871 blind), tuned on in round 68: women who are
    # nurses, pharmacists and GPs teach and list what to watch for ("Did a teaching session
    # for the student nurses on spotting sepsis, fever, confusion"), which the reader reads as
    # theirs; a support group's posts of others ("Sending love to Sarah whose hand-foot is").
    # round67b 0.916 (P 0.895 / R 0.939; 0.878 blind): understatement read at its word, a
    # temperature taken again "in case", the red flags above.
    "notes_dev_round67a.jsonl": 0.896,
    "notes_dev_round67b.jsonl": 0.915,
    # round69e 0.918 (P 0.889 / R 0.950; 0.896 blind), tuned on in round 70: notes addressed to
    # a late husband, to God or to a grandchild tell of the dead and the living in one breath
    # ("Baba you died of this same shortness of breath"; "You were coughing like at the end"
    # in a dream), and Shona kin words ("Amai", "Ambuya") name the writer herself as often as
    # another woman.
    "notes_dev_round69e.jsonl": 0.917,
    # round70g 0.849 (P 0.805 / R 0.898; 0.802 blind), tuned on in round 71: women in their
    # eighties who write formally and at length, a grandchild's line added in brackets, US
    # Southern words ("a mite tired", "what to holler about"), a doctor's questions "had I any
    # trouble passing water ... I was able to tell him no to all of it" (read as hers: a rule for
    # the answer in the next sentence was removed after review, as it took "Chest pain today?
    # Yes, ... but I said no" to going in as a denial). round70h 0.903 (P 0.876 / R 0.932;
    # 0.892 blind): notes that set the first cancer beside this one ("Back then I was 38 ... I
    # remember the constant nausea"; "Mum passed with this same cancer in 2009, and I remember
    # her at the end, confused and breathless"), read as now.
    "notes_dev_round70g.jsonl": 0.848,
    "notes_dev_round70h.jsonl": 0.902,
    # round72l 0.882 (P 0.850 / R 0.916; 0.815 blind), tuned on in round 73: lists of questions
    # for the next appointment written over several lines ("Tings fi ask di docta:" then one
    # line a question), Jamaican and Trinidadian words the reader does not know ("Sweat a bus'
    # mi", "mine only thinning a lil"), a history for a new GP ("had chemo, hair loss,
    # neuropathy"), a nurse's teaching of an allergic reaction's signs in brackets.
    "notes_dev_round72l.jsonl": 0.881,
    # round73n 0.919 (P 0.870 / R 0.975; 0.898 blind), tuned on in round 74: a father's
    # symptoms beside her own ("Visited Dad in the home ... his ankles are swollen up like
    # balloons. I'm fine"), a timeline kept for the nurse ("6am: woke drenched, night sweats
    # again"), "Everything goes grey" beside a faint, a list's next sentence ("Also sudden
    # breathlessness or chest pain").
    "notes_dev_round73n.jsonl": 0.918,
    # round74o 0.904 (P 0.850 / R 0.965; 0.871 blind), tuned on in round 75: notes written for
    # a woman who can no longer write, where the writer's own tiredness and a friend's
    # illness sit beside hers ("I'm exhausted myself", "Rosa ... was telling me how her arm
    # swells up"), a carer's timeline read by its days (above).
    "notes_dev_round74o.jsonl": 0.903,
    # round77v 0.913 (P 0.892 / R 0.935; 0.875 blind), tuned on in round 78: a relative's
    # illness beside hers ("My brother had the heart attack last year, chest pain and the
    # sweat"), answers to a check ("Gynecologist check, no bleeding, no dryness", not read), a
    # wrist's pain labelled a pain (above).
    "notes_dev_round77v.jsonl": 0.912,
    # round80b 0.913 (P 0.897 / R 0.930; 0.864 blind), tuned on in round 81: entries corrected
    # later the same day ("Edit - it wor a rash on me chest after all, it wus red felt tip"),
    # Black Country words the reader does not take ("day" for "didn't", "er" for "her"), and
    # the red flags above.
    "notes_dev_round80b.jsonl": 0.913,
    # round81d 0.917 (P 0.878 / R 0.960; 0.865 blind), tuned on in round 82: Guyanese English
    # ("Me daughter seh nah fever, nah vomit" inside a long entry, left to the writer's reading
    # of "nah" only where a note opens with it), a relative's and a neighbour's illness beside
    # hers, and the red flags above.
    "notes_dev_round81d.jsonl": 0.917,
    # round83g 0.864 (P 0.836 / R 0.894; 0.820 blind), tuned on in round 84: several people's
    # symptoms side by side on a ward ("De woman in de nex bed ... de leg swell up big big ...
    # Mine ain't swell"), Barbadian and Congolese French words the reader does not take, and
    # the red flags above.
    "notes_dev_round83g.jsonl": 0.864,
    # round83h 0.907 (P 0.877 / R 0.940; 0.882 blind), tuned on in round 84: Gullah Geechee
    # answers to a doctor's list ("Doctuh ax me do uh hab any blood wen uh cough ... Uh tell um
    # no, none ob dat"), the weather blamed beside what she has, and the red flags above.
    "notes_dev_round83h.jsonl": 0.907,
    # round84i 0.878 (P 0.862 / R 0.897; 0.816 blind), tuned on in round 85: Belizean Kriol and
    # the red flags above, a grandchild's illness beside hers ("Mi granbwai Dwayne had temp
    # 38.9 laas nite"), "Can't eat anything with tomato in it" (read as no appetite).
    "notes_dev_round84i.jsonl": 0.878,
    # round85l 0.909 (P 0.897 / R 0.922; 0.868 blind), tuned on in round 86: Eritrean and
    # Oromo speakers' carers' notes, a man who is the patient, and the red flags above.
    "notes_dev_round85l.jsonl": 0.909,
    # round86m 0.906 (P 0.880 / R 0.934; 0.878 blind), tuned on in round 87: questions on a
    # call answered in the note's own words ("Dr asked, do I have shortness of breath. No.
    # Cough? Little bit"), "I told her naw" (an answer not taken: "naw" is as often "no, it is
    # not better"), and the red flag above.
    "notes_dev_round86m.jsonl": 0.906,
    # round87o 0.880 (P 0.848 / R 0.915; 0.833 blind), tuned on in round 88: Bahamian English
    # ("Mout' full a sores", "t'row up", "hands an feet peelin"), the neighbour's and a
    # sister's symptoms beside hers, and the red flags above. round87p 0.919 (P 0.883 / R
    # 0.960; 0.892 blind): a mother's and a daughter's turns, each "I".
    "notes_dev_round87o.jsonl": 0.880,
    "notes_dev_round87p.jsonl": 0.919,
}


# Dev files whose page does not offer every red flag (found present, or asked as a question),
# held at the share it offers; every other dev file offers all of them.
RED_FLAG_SUGGESTED_FLOORS = {
    "notes_dev_round5i.jsonl": 0.988,  # 88/89: "im not making sense" (above)
    "notes_dev_round8o.jsonl": 0.989,  # 98/99: "the fog" (above)
    "notes_dev_round9p.jsonl": 0.989,  # 97/98: "the pain... in my hip bone..." (ellipses)
    "notes_dev_round9q.jsonl": 0.957,  # 114/119: dialect, "bak ake", "stummik", "Swallowing"
    "notes_dev_round11t.jsonl": 0.989,  # 93/94: "my elbow is sore" (above)
    "notes_dev_round13y.jsonl": 0.941,  # 128/136: "the thing", "her mum", the saddle (above)
    "notes_dev_round14z.jsonl": 0.989,  # 91/92: "pain 9/10" beside "?pathological #NOF"
    "notes_dev_round15a.jsonl": 0.991,  # 119/120: "he couldn't get a sentence out" (above)
    "notes_dev_round16c.jsonl": 0.979,  # 146/149: "v drowsy", "wrist aching in sympathy"
    "notes_dev_round16d.jsonl": 0.975,  # 119/122: "peeing burns", "legs heavier" (above)
    "notes_dev_round17e.jsonl": 0.943,  # 116/123 (above)
    "notes_dev_round17f.jsonl": 0.961,  # 124/129 (above)
    "notes_dev_round57h.jsonl": 0.973,  # 74/76: "dolor de espalda", "achy" (above)
    "notes_dev_round59l.jsonl": 0.941,  # 80/85: fathers in a chat of several speakers (above)
    "notes_dev_round60m.jsonl": 0.980,  # 99/101: the hip, a mother-in-law's (above)
    "notes_dev_round60n.jsonl": 0.975,  # 79/81: a flatmate's seizure, "I no understand" (above)
    "notes_dev_round61o.jsonl": 0.952,  # 80/84: the hip, the mouth, the kids' thermometer (above)
    "notes_dev_round61p.jsonl": 0.986,  # 73/74: the ankle (above)
    "notes_dev_round62q.jsonl": 0.988,  # 85/86: the sister who heard the slurring (above)
    "notes_dev_round62r.jsonl": 0.973,  # 74/76: the ankle, "talks nonsense" (above)
    "notes_dev_round63s.jsonl": 0.941,  # 81/86: thighs, knuckles, a hip (above)
    "notes_dev_round63t.jsonl": 0.969,  # 95/98: the shoulder, the wrist, wet sheets (above)
    "notes_dev_round64u.jsonl": 0.985,  # 70/71: "very sleepy" told by a husband (above)
    "notes_dev_round65w.jsonl": 0.957,  # 68/71: rubbish talked, the headaches, sleepy (above)
    "notes_dev_round65x.jsonl": 0.978,  # 92/94: the stomach's cramp, the hip bone (above)
    "notes_dev_round66z.jsonl": 0.975,  # 81/83: no answer after a fit, the neck (above)
    "notes_dev_round67a.jsonl": 0.987,  # 79/80: a GP's own list (above)
    "notes_dev_round67b.jsonl": 0.950,  # 77/81: the breast, the mother, the headache (above)
    "notes_dev_round69f.jsonl": 0.977,  # 87/89: "pain (back)", "Me mam's" (above)
    "notes_dev_round70g.jsonl": 0.923,  # 72/78: the husband's cue, the wrist, the bowels (above)
    "notes_dev_round70h.jsonl": 0.943,  # 83/88: "paining", the ribs' scan, "no puff" (above)
    "notes_dev_round72l.jsonl": 0.977,  # 87/89: "very sleepy", "wet up di bed" (above)
    "notes_dev_round73m.jsonl": 0.973,  # 73/75: the arm knocked yesterday, the toilet (above)
    "notes_dev_round74o.jsonl": 0.988,  # 87/88: the wrist "maybe broken" (above)
    "notes_dev_round75q.jsonl": 0.988,  # 87/88: "She feel hot" (above)
    "notes_dev_round76s.jsonl": 0.988,  # 86/87: the hips (above)
    "notes_dev_round77u.jsonl": 0.985,  # 68/69: the hips (above)
    "notes_dev_round77v.jsonl": 0.987,  # 76/77: the wrist (above)
    "notes_dev_round79z.jsonl": 0.986,  # 75/76: the wrist a month after the break (above)
    "notes_dev_round80a.jsonl": 0.979,  # 96/98: the grandmother (above)
    "notes_dev_round80b.jsonl": 0.969,  # 95/98: the wrist, the fit, the Black Country (above)
    "notes_dev_round81c.jsonl": 0.978,  # 92/94: Stockton, "talks nonsense" (above)
    "notes_dev_round81d.jsonl": 0.974,  # 77/79: the belly, "a bit" (above)
    "notes_dev_round82e.jsonl": 0.955,  # 86/90: yesterday night, the needle's spot (above)
    "notes_dev_round82f.jsonl": 0.968,  # 91/94: the aunt, the sleepiness, the rigors (above)
    "notes_dev_round83g.jsonl": 0.909,  # 70/77: "wet de bed", the aunt, the side (above)
    "notes_dev_round83h.jsonl": 0.965,  # 85/88: the wrist, Gullah, the mother (above)
    "notes_dev_round84i.jsonl": 0.867,  # 72/83: Kriol "di" and "noh", the waking (above)
    "notes_dev_round84j.jsonl": 0.971,  # 103/106: the left leg, "Didn't know me" (above)
    "notes_dev_round85l.jsonl": 0.943,  # 84/89: Dad's notes, "101.8", "she is different" (above)
    "notes_dev_round86m.jsonl": 0.988,  # 83/84: Darlene's "only when she lays flat" (above)
    "notes_dev_round87o.jsonl": 0.958,  # 69/72: Dad's muddle, the sleepiness, the reaction (above)
    "notes_dev_round87p.jsonl": 0.969,  # 63/65: "no breath when", the neck (above)
    "notes_dev_round18g.jsonl": 0.884,  # 100/113 (above)
    "notes_dev_round18h.jsonl": 0.972,  # 142/146 (above)
    "notes_dev_round20k.jsonl": 0.992,  # 138/139 (above)
    "notes_dev_round20l.jsonl": 0.973,  # 149/153 (above)
    "notes_dev_round21m.jsonl": 0.990,  # 102/103 (above)
    "notes_dev_round22q.jsonl": 0.912,  # 83/91 (above)
    "notes_dev_round22o.jsonl": 0.930,  # 94/101 (above)
    "notes_dev_round22p.jsonl": 0.961,  # 99/103 (above)
    "notes_dev_round23r.jsonl": 0.991,  # 117/118 (above)
    "notes_dev_round23s.jsonl": 0.989,  # 92/93 (above)
    "notes_dev_round24u.jsonl": 0.991,  # 111/112 (above)
    "notes_dev_round25v.jsonl": 0.990,  # 106/107 (above)
    "notes_dev_round25w.jsonl": 0.978,  # 90/92 (above)
    "notes_dev_round26x.jsonl": 0.992,  # 130/131 (above)
    "notes_dev_round26y.jsonl": 0.989,  # 97/98 (above)
    "notes_dev_round27b.jsonl": 0.980,  # 102/104 (above)
    "notes_dev_round29f.jsonl": 0.961,  # 100/104 (above)
    "notes_dev_round31i.jsonl": 0.990,  # 105/106 (above)
    "notes_dev_round31j.jsonl": 0.983,  # 122/124 (above)
    "notes_dev_round33m.jsonl": 0.990,  # 101/102 (above)
    "notes_dev_round34p.jsonl": 0.979,  # 97/99 (above)
    "notes_dev_round35q.jsonl": 0.982,  # 114/116 (above)
    "notes_dev_round36s.jsonl": 0.981,  # 107/109 (above)
    "notes_dev_round37u.jsonl": 0.983,  # 122/124 (above)
    "notes_dev_round38x.jsonl": 0.989,  # 94/95 (above)
    "notes_dev_round39y.jsonl": 0.989,  # 97/98 (above)
    "notes_dev_round39z.jsonl": 0.990,  # 110/111 (above)
    "notes_dev_round42c.jsonl": 0.983,  # 117/119 (above)
    "notes_dev_round43f.jsonl": 0.980,  # 103/105 (above)
    "notes_dev_round44g.jsonl": 0.992,  # 128/129 (above)
    "notes_dev_round44h.jsonl": 0.990,  # 103/104 (above)
    "notes_dev_round45i.jsonl": 0.957,  # 113/118 (above)
    "notes_dev_round46k.jsonl": 0.989,  # 98/99 (above)
    "notes_dev_round47m.jsonl": 0.990,  # 103/104 (above)
    "notes_dev_round47n.jsonl": 0.990,  # 102/103 (above)
    "notes_dev_round48o.jsonl": 0.987,  # 81/82 (above)
    "notes_dev_round48p.jsonl": 0.990,  # 110/111 (above)
    "notes_dev_round49q.jsonl": 0.992,  # 129/130 (above)
    "notes_dev_round49r.jsonl": 0.976,  # 208/213 (above)
    "notes_dev_round50t.jsonl": 0.981,  # 107/109 (above)
    "notes_dev_round51v.jsonl": 0.968,  # 61/63 (above)
    "notes_dev_round52w.jsonl": 0.978,  # 89/91 (above)
    "notes_dev_round52x.jsonl": 0.989,  # 93/94 (above)
    "notes_dev_round53y.jsonl": 0.987,  # 77/78 (above)
    "notes_dev_round53z.jsonl": 0.977,  # 87/89 (above)
    "notes_dev_round54a.jsonl": 0.926,  # 88/95 (above)
    "notes_dev_round54b.jsonl": 0.968,  # 62/64 (above)
    "notes_dev_round55c.jsonl": 0.985,  # 69/70 (above)
}


def _hold(path: Path, red_flag_recall: float = RED_FLAG_RECALL_GOAL, f1: float = F1_GOAL) -> None:
    score = evaluate(path)
    offered = RED_FLAG_SUGGESTED_FLOORS.get(path.name, 1.0)
    assert score.red_flag_suggested >= offered, (
        f"{path.name}: red flags offered {score.red_flag_suggested:.3f} < {offered}"
    )
    assert score.f1 >= f1, f"{path.name}: F1 {score.f1:.3f} < {f1}"
    assert score.red_flag_recall >= red_flag_recall, (
        f"{path.name}: red-flag recall {score.red_flag_recall:.3f}; missed: "
        + "; ".join(score.red_flag_misses)
    )


@pytest.mark.parametrize("name", DEV_FILES)
def test_dev_notes_reach_the_goal(name):
    _hold(
        DATA / name,
        RED_FLAG_RECALL_FLOORS.get(name, RED_FLAG_RECALL_GOAL),
        F1_FLOORS.get(name, F1_GOAL),
    )


# Files written after the last round's tuning had stopped, scored blind (F1, red-flag recall,
# red flags suggested), held there until a round tunes on them. round19i and round19j were
# written at the start of round 18 and scored blind by the reader before it, and again after
# the reader's speed work (docs/note-reader.md, "Round 19's and round 20's files"); round21n
# at the start of round 21, scored blind by the reader before it and after it; round88q and
# round88r, scored blind by round 84's final reader and never read (the next round tunes on
# them); round89s, round89t, round90u and round90v, scored blind by round 85's, round91w and
# round91x, scored blind by round 86's, and round92y and round92z, scored blind by round 87's,
# are the rounds after's.
BLIND_FLOORS: dict[str, tuple[float, float, float]] = {
    # F1 0.982 (P 0.970 / R 0.995) after rounds 55 to 57 (its change not read: the file stays
    # blind);
    # F1 0.977, 116/117 found and offered after round 44 (one right present reading more, a
    # red flag); 0.970, 115/117 found, 115/117 offered (the same before round 18); 0.972 after
    # round 24,
    # 0.975 after round 28, 0.977 after round 34 (one present reading more, right).
    "notes_dev_round19i.jsonl": (0.976, 0.991, 0.991),
    # F1 0.953 after round 45 (one false present reading more); 0.955, 119/125 found, 121/125
    # offered after round 43 (one right present reading more, a red flag); 0.950 after round 37 (one
    # right present reading more); 0.948 after round 33 (one false present reading fewer); 0.946,
    # 118/125 found, 120/125 offered after round 30 (one present reading more than after rounds 28
    # and 29: 0.948; 0.945, 117, 119 after round 26; 0.940, 116, 118 after round 22; 0.935, 115, 117
    # before it; 0.933, 115, 117 before round 18).
    "notes_dev_round19j.jsonl": (0.952, 0.952, 0.968),
    # F1 0.926, 88/94 found after round 82 (one right present reading more, a red flag;
    # which, not read); 0.924 after
    # round 57, 0.922 (P 0.902 / R 0.942) after rounds 54 to 56 (its changes
    # not read: the file stays blind); 0.917, 87/94 found, 93/94 offered after round 53 (a red
    # flag more found); 0.914 after rounds 39-52;
    # F1 0.912 (P 0.897 / R 0.927) after round 38 and 0.909 (P 0.896 / R 0.922) after round 37
    # (one right present reading more each); 0.906 (P
    # 0.896 / R 0.917), 86/94 found, 92/94 offered after round 32 (0.904 after
    # round 31; 0.897, 85, 91
    # after rounds 29 and 30; 0.894 after round 28, 0.886 after
    # round 24; 0.881, 84, 91 after round 23; 0.878, 84, 91
    # after round 22; 0.874, 83, 91 after round 21; 0.871, 83, 91 before it): English as a
    # second language, appointments, grades, every catalog item.
    "notes_dev_round21n.jsonl": (0.911, 0.914, 0.978),
    # Asked for after round 84 landed (before any of round 85's rules changed), scored blind by
    # round 84's final reader (da6f870): F1 0.878 (P 0.846 / R 0.914), 78/85 found, 79/85
    # offered (an allotment, a garden or animals on a smallholding; Cape Verdean and Azorean
    # Portuguese speakers; Lincolnshire and Fenland English); after round 85 the same ...
    "notes_dev_round88q.jsonl": (0.878, 0.917, 0.929),
    # ... and F1 0.882 (P 0.840 / R 0.928), 73/77 found, 76/77 offered (the week after a change
    # of treatment; Catalan and Basque speakers; Kentucky and Tennessee English); after round
    # 85 the same.
    "notes_dev_round88r.jsonl": (0.881, 0.948, 0.987),
    # Asked for at the start of round 86 (before any of its rules changed), scored blind by
    # round 85's final reader (a95ec16): F1 0.875 (P 0.885 / R 0.864), 105/119 found, 114/119
    # offered (the days after a short hospital stay; Georgian and Armenian speakers; Orkney and
    # Shetland English); after round 86 the same ...
    "notes_dev_round89s.jsonl": (0.874, 0.882, 0.957),
    # ... and F1 0.903 (P 0.872 / R 0.936), 99/106 found, 104/106 offered (a support group's
    # meetings and a partner's own notes; Sinhala and Dhivehi speakers; Saint Lucian English);
    # after rounds 86 and 87 the same; after round 88 F1 0.905 (P 0.872 / R 0.941, one right
    # present reading more; which, not read).
    "notes_dev_round89t.jsonl": (0.905, 0.933, 0.981),
    # Asked for while round 86 was in review, scored blind by round 85's final reader
    # (a95ec16): F1 0.904 (P 0.923 / R 0.885), 100/109 found, 104/109 offered (notes written in
    # the small hours and the morning after; Khmer and Vietnamese speakers; Glaswegian English);
    # after round 86 the same ...
    "notes_dev_round90u.jsonl": (0.903, 0.917, 0.954),
    # ... and F1 0.912 (P 0.903 / R 0.922), 94/102 found, 101/102 offered (a holiday, a trip or
    # a wedding away from home on treatment; Greek and Cypriot speakers; South African
    # English); after round 86 the same.
    "notes_dev_round90v.jsonl": (0.912, 0.921, 0.99),
    # Asked for at the start of round 87 (before any of its rules changed), scored blind by
    # round 86's final reader (e9b71d1): F1 0.928 (P 0.913 / R 0.944), 89/94 found, 91/94
    # offered (women still working, on the phone to a manager, in a shop or a classroom;
    # Romanian and Moldovan speakers; Cork and Kerry English); after round 87 the same ...
    "notes_dev_round91w.jsonl": (0.927, 0.946, 0.968),
    # ... and F1 0.948 (P 0.935 / R 0.961), 97/99 found, 97/99 offered (a church supper, a
    # temple visit, a fast, a shared meal; Tagalog and Cebuano speakers; Louisiana and
    # Mississippi Black English); after round 87 the same.
    "notes_dev_round91x.jsonl": (0.947, 0.979, 0.979),
    # Asked for at the start of round 88 (before any of its rules changed), scored blind by
    # round 87's final reader (505aa61): F1 0.931 (P 0.915 / R 0.948), 100/103 found, 101/103
    # offered (a house move, a new flat or moving in with a daughter; Thai and Lao speakers;
    # Welsh English from the Valleys); after round 88 the same ...
    "notes_dev_round92y.jsonl": (0.930, 0.97, 0.98),
    # ... and F1 0.929 (P 0.912 / R 0.947), 109/113 found, 111/113 offered (grief and company: a
    # friend from the clinic who died, visitors, a pet for comfort; Ukrainian and Belarusian
    # speakers; Minnesota English); after round 88 the same.
    "notes_dev_round92z.jsonl": (0.928, 0.964, 0.982),
}


@pytest.mark.parametrize("name", BLIND_FILES)
def test_blind_notes_keep_their_measured_score(name):
    f1, red_flag_recall, suggested = BLIND_FLOORS[name]
    score = evaluate(DATA / name)
    assert score.f1 >= f1 and score.red_flag_recall >= red_flag_recall
    assert score.red_flag_suggested >= suggested


FROZEN_SHA256 = "66b09594e97726592ce9a0853578b85a3c034f9fae67bbaf5354efe41ea07b26"
# Measured on the frozen holdout (evaluate_tagger) after rounds 80 to 88: F1 0.950 (P 0.957 /
# R 0.943, two false present readings fewer than after round 79; which, not read), 247/260,
# 254/260;
# after rounds 68 to 79: F1 0.948 (P 0.954 / R
# 0.943, one right present reading more than after round 67), 247/260, 254/260; after round 67: F1
# 0.948 (P 0.953 / R 0.942, one right present reading more than after round 66), 247/260, 254/260;
# after rounds 65 and 66: F1 0.947 (P 0.953 / R 0.940, one right present reading more than after
# round 64), 247/260, 254/260; after rounds 62 to 64: F1 0.945 (P 0.952 / R 0.938, one false
# present reading fewer than after round 61), 247/260, 254/260; after rounds 60 and 61: F1 0.944
# (P 0.950 / R 0.938, one right present reading more than after round 59), red-flag recall 0.950
# (247/260), red flags suggested (present or asked) 0.977 (254/260); after rounds 54 to 59 F1
# 0.943 (P 0.950 / R 0.936, two right present readings more than after round 53), 247, 254; after
# round 53 0.941 (P 0.950 / R 0.933), 246, 253; after rounds 50 to 52 0.940 (P 0.950 / R 0.931,
# one present reading more than after round 49, not right); after rounds 47-49 0.941, 246, 253;
# after rounds 42-46 0.940, 246, 253; after rounds 38-41 0.939, 246, 253; after rounds 35-37
# 0.938, 246, 253; after rounds 31-34 0.938, 245, 252; after rounds 28-30 0.936, 245, 252; after
# rounds 25-27 0.933, 245, 252; after rounds 23 and 24 0.932, 245, 252; after round 22 0.930, 244,
# 251; after round 21 0.930, 243, 250; after rounds 10-20 0.926, 242, 249.
# The red-flag goal above is not reached yet; these floors keep what was gained.
HOLDOUT_F1_FLOOR = 0.950
HOLDOUT_RED_FLAG_RECALL_FLOOR = 0.949
HOLDOUT_RED_FLAG_SUGGESTED_FLOOR = 0.976


def test_frozen_holdout_is_the_file_that_was_frozen():
    digest = hashlib.sha256((DATA / HOLDOUT_FILE).read_bytes()).hexdigest()
    assert digest == FROZEN_SHA256, "the frozen holdout was edited: it must never change"


def test_frozen_holdout_keeps_its_measured_score():
    score = evaluate(DATA / HOLDOUT_FILE)
    assert score.f1 >= HOLDOUT_F1_FLOOR, f"F1 {score.f1:.3f} < {HOLDOUT_F1_FLOOR}"
    assert score.red_flag_recall >= HOLDOUT_RED_FLAG_RECALL_FLOOR, (
        f"red-flag recall {score.red_flag_recall:.3f} < {HOLDOUT_RED_FLAG_RECALL_FLOOR}"
    )
    assert score.red_flag_suggested >= HOLDOUT_RED_FLAG_SUGGESTED_FLOOR, (
        f"red flags suggested {score.red_flag_suggested:.3f} < {HOLDOUT_RED_FLAG_SUGGESTED_FLOOR}"
    )
