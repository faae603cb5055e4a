#!/bin/sh
# mh-redact: every identifier kind, the ambiguous names both ways, and the
# ordinary content that must stay.  Invented people only.  The table is
# pairs of lines: the input, then what --mask must make of it.
. "$MH_SRC/tests/t/lib.sh"

cat >"$TMP/table" <<'TABLE'
My therapist is Dr. Okafor and I see her on Tuesdays.
My therapist is [NAME] and I see her on Tuesdays.
I told Maya Lindqvist about the panic attacks.
I told [NAME] about the panic attacks.
Call me at (555) 201-3344 or 555.201.3345 tomorrow.
Call me at [PHONE] or [PHONE] tomorrow.
My UK number is +44 7700 900123 and fax 555-201-9988.
My UK number is [PHONE] and fax [FAX].
Email me at maya.lindqvist@example.org please.
Email me at [EMAIL] please.
Mail maya.lindqvist.home.account.for.everything.and.all.my.lists.2026x@example.org today.
Mail [EMAIL] today.
My SSN is 123-45-6789.
My SSN is [SSN].
MRN: 4455667 is on my discharge letter.
MRN: [MRN] is on my discharge letter.
Member ID: XJH123456 is on my insurance card.
Member ID: [HEALTHPLAN] is on my insurance card.
My account number is 00123456789.
My account number is [ACCOUNT].
The card 4111 1111 1111 1111 was declined.
The card [CARD] was declined.
The number 4111 1111 1111 1112 fails the Luhn check.
The number [ID] fails the Luhn check.
Driver's license no. D1234567 expired.
Driver's license no. [LICENSE] expired.
My plate is 7ABC123 on a blue car.
My plate is [PLATE] on a blue car.
VIN 1HGCM82633A004352 is on the title.
VIN [VIN] is on the title.
The pump serial number SN-48213377 keeps alarming.
The pump serial number [DEVICE] keeps alarming.
See https://example.org/my-blog?id=7 for my story.
See [URL] for my story.
The router said 192.168.10.24 and fe80::1ff:fe23:4567:890a.
The router said [IP] and [IP].
Follow me @maya_writes on there.
Follow me [HANDLE] on there.
I live at 24 Clarke Avenue, Springfield, IL 62704.
I live at [ADDRESS].
i did 3 x 2 sets, then 10 x 4412 steps in a 10 x 12 room at 8 kossuth 12.
i did 3 x 2 sets, then 10 x 4412 steps in a 10 x 12 room at [ADDRESS].
Send it to 12 Elm Street, Apt. 4B.
Send it to [ADDRESS].
My apartment at Willow Creek Apartments unit 214 has mold.
My apartment at [LOCATION] has mold.
I live at Parkview Apartments, apt 3 now.
I live at [LOCATION] now.
Boston apartments are pricey and I was in Mercy Hospital for unit 2 of my course.
[LOCATION] apartments are pricey and I was in [LOCATION] for unit 2 of my course.
I was admitted on 03/14/2024 and discharged March 18th, 2024.
I was admitted on [DATE] and discharged [DATE].
My birthday is 7/4 and the attempt was on 2023-11-02.
My birthday is [DATE] and the attempt was on [DATE].
My grandmother is 93 years old and I'm 34.
My grandmother is [AGE] years old and I'm 34.
She was seen at Mercy Hospital in Boston last May.
She was seen at [LOCATION] [DATE].
Case #48213377 was closed.
Case #[ID] was closed.
My Medicare number is 2123 45670 1 and my OHIP is 1234-567-890-AB.
My Medicare number is [HEALTHPLAN] and my OHIP is [HEALTHPLAN].
My NHS number is 943 476 5919, my PPSN 7654321G.
My NHS number is [MRN], my PPSN [ID].
My blog is maya-okafor.blog/about and I love art.art is how I cope.
My blog is [URL] and I love art.art is how I cope.
Dr. de la Cruz and Ms. van den Heuvel both called.
[NAME] and [NAME] both called.
I lost all hope and my will to live, and I mark each day.
I lost all hope and my will to live, and I mark each day.
I take 50 mg of sertraline and 0.5mg lorazepam since 2019.
I take 50 mg of sertraline and 0.5mg lorazepam since 2019.
I called 988 on Monday and it helped.
I called 988 on Monday and it helped.
Patient ID: AB-98765 is mine.
Patient ID: [MRN] is mine.
I talked to Hope yesterday and she listened.
I talked to [NAME] yesterday and she listened.
Hope is what I need right now.
Hope is what I need right now.
Will you help me sleep?
Will you help me sleep?
Will said I was overreacting.
[NAME] said I was overreacting.
My friend Grace came over.
My friend [NAME] came over.
Grace under pressure is hard for me.
Grace under pressure is hard for me.
I asked Mark about the job.
I asked [NAME] about the job.
Mark my words, I will get better.
Mark my words, I will get better.
Dawn Okafor is my sister.
[NAME] is my sister.
At dawn I finally fell asleep.
At dawn I finally fell asleep.
My sister is named Joy.
My sister is named [NAME].
I feel joy when I run.
I feel joy when I run.
Mrs. Brennan and Reverend Tomasz Novak visited.
[NAME] and [NAME] visited.
Anna S. and J. Haddad were in group with me.
[NAME] and [NAME] were in group with me.
Mary-Jane Smith-Jones called.
[NAME] called.
my friend kofi texted me.
my friend [NAME] texted me.
maya said she was fine and jordan said so too.
[NAME] said she was fine and [NAME] said so too.
my sister maya said no, but Maya Said called.
my sister [NAME] said no, but [NAME] called.
My sons will and mark came home late.
My sons [NAME] and [NAME] came home late.
My sons will be fine, I think.
My sons will be fine, I think.
I TOLD MY SISTER FAITH AND MY SON WILL.
I TOLD MY SISTER [NAME] AND MY SON [NAME].
MY SON WILL CALL LATER AND MY SISTER HAS FAITH IN ME.
MY SON WILL CALL LATER AND MY SISTER HAS FAITH IN ME.
MY SISTER-IN-LAW, GEORGIA, IS STAYING WITH US.
MY SISTER-IN-LAW, [NAME], IS STAYING WITH US.
I went with Ingrid to the pharmacy.
I went with [NAME] to the pharmacy.
I was with jayden last night
I was with [NAME] last night
kayleigh said I was too much
[NAME] said I was too much
I texted kayleigh and she ignored me
I texted [NAME] and she ignored me
Last night jayden hit me
Last night [NAME] hit me
I was with jayden.
I was with [NAME].
Went to see okafor about my meds
Went to see [NAME] about my meds
Ugh, okafor again
Ugh, [NAME] again
Ugh, the neighbours again
Ugh, the neighbours again
I miss you brayden
I miss you [NAME]
I hate that jayden did that
I hate that [NAME] did that
I miss you so much, see you soon
I miss you so much, see you soon
call me mo
call me [NAME]
my name is kz
my name is [NAME]
call me back, or call me crazy
call me back, or call me crazy
My name is on the list
My name is on the list
I feel so lonely and tired
I feel so lonely and tired
My therapist said to journal
My therapist said to journal
I take sertraline
I take sertraline
lol idk ngl
lol idk ngl
I went to the gym
I went to the gym
I will hope for grace this summer, maybe in june, mark my words.
I will hope for grace this summer, maybe in june, mark my words.
ugh dawn yelled at me and i'm so mad at will. summer left for college
ugh [NAME] yelled at me and i'm so mad at [NAME]. [NAME] left for college
hope keeps me going, summer left me tired, free will, i will call at will.
hope keeps me going, summer left me tired, free will, i will call at will.
He's a legend, I said ily and bought nike shoes at ikea.
He's a legend, I said ily and bought nike shoes at ikea.
Parkinson's disease runs in my family.
Parkinson's disease runs in my family.
Mr. W. was my teacher.
[NAME] was my teacher.
Call ５５５-２０１-３３４４ or ｍａｙａ＠ｅｘａｍｐｌｅ．ｏｒｇ today.
Call [PHONE] or [EMAIL] today.
My SSN is ０７８-０５-１１２０ and my sister is Ｄａｗｎ Ｏｋａｆｏｒ.
My SSN is [SSN] and my sister is [NAME].
電話は０９０－１２３４－５６７８です。
電話は[PHONE]です。
Call me: +1 ٥٥٥ ٢٠١ ٣٣٤٤ or ۵۵۵-۲۰۱-۳۳۴۵ tonight.
Call me: [PHONE] or [PHONE] tonight.
My SSN is १२३-४५-६७८९ okay.
My SSN is [SSN] okay.
My ex 𝐌𝐚𝐲𝐚 𝐋𝐢𝐧𝐝𝐪𝐯𝐢𝐬𝐭 texts from 𝟓𝟓𝟓-𝟐𝟎𝟏-𝟑𝟑𝟒𝟒 every night.
My ex [NAME] texts from [PHONE] every night.
I feel ｓａｄ and ｔｉｒｅｄ today, ２ hours of sleep.
I feel ｓａｄ and ｔｉｒｅｄ today, ２ hours of sleep.
I told _Tyler_ everything and *_Maya Okafor_* knows.
I told _[NAME]_ everything and *_[NAME]_* knows.
DOB __03/14/1990__, call _555-201-3344_; my @_maya_ and snake_case stay.
DOB __[DATE]__, call _[PHONE]_; my [HANDLE] and snake_case stay.
My ex Ty­ler called from 555­201­3344 and 555 201 3344.
My ex [NAME] called from [ID] and [PHONE].
I told Ma​ya Okafor and Ko⁠fi about it.
I told [NAME] and [NAME] about it.
My 95-year-old grandad is dying.
My [AGE]-year-old grandad is dying.
She is a 94-year-old woman and 93 y.o. female, my 95yo gran.
She is a [AGE]-year-old woman and [AGE] y.o. female, my [AGE] gran.
My nan died at 93 and her sister lived to 97.
My nan died at [AGE] and her sister lived to [AGE].
She will be 90 next month and my nan, 94, is dying.
She will be [AGE] next month and my nan, [AGE], is dying.
My gran (96) fell and my grandma is ninety two.
My gran ([AGE]) fell and my grandma is [AGE].
He's in his 90s, she is one hundred and two and his wife is almost 100.
He's in his [AGE], she is [AGE] and his wife is almost [AGE].
My 90th birthday party for grandpa; 93F with dementia, admitted.
My [AGE] birthday party for grandpa; [AGE] with dementia, admitted.
My mom's 90th is this weekend, for his 95th we went out and grandpa's 91st party.
My mom's [AGE] is this weekend, for his [AGE] we went out and grandpa's [AGE] party.
My dad is 89 going on 90 and she's going on 91.
My dad is 89 going on [AGE] and she's going on [AGE].
My 90th day sober, the 95th percentile, her 100th post and the 90th minute.
My 90th day sober, the 95th percentile, her 100th post and the 90th minute.
On the 92nd floor in my 90th session, my 90 day chip, going on 90 days.
On the 92nd floor in my 90th session, my 90 day chip, going on 90 days.
The temp is 89 going on 95, my sat is 92 going on 95, battery at 89 going on 90.
The temp is 89 going on 95, my sat is 92 going on 95, battery at 89 going on 90.
Grandpa was 89 going on 90 when he died, and he's 89 going on 90 lol.
Grandpa was 89 going on [AGE] when he died, and he's 89 going on [AGE] lol.
Back in the nineties I was 12, it was a hundred percent true.
Back in the nineties I was 12, it was a hundred percent true.
We live in a 100-year-old house and it is 93F outside.
We live in a 100-year-old house and it is 93F outside.
I scored 95 on the test, page 93, room 94, in 95 days; I'm 34 and she is 89.
I scored 95 on the test, page 93, room 94, in 95 days; I'm 34 and she is 89.
My nan is ninety percent sure the battery died at 93 percent.
My nan is ninety percent sure the battery died at 93 percent.
I was born in march 1990, she was born mid-March 1990.
I was born in [DATE], she was born [DATE].
In may 2019 I relapsed, clean since june 2021.
In [DATE] I relapsed, clean since [DATE].
March the 14th was hard, and so was march fourteenth.
[DATE] was hard, and so was [DATE].
On Christmas day 2021 and on Mother's Day 2024 I cried; Christmas is hard.
On [DATE] and on [DATE] I cried; Christmas is hard.
My birthday is the 14th, see you Friday 14th or yesterday (the 5th).
My birthday is the [DATE], see you Friday [DATE] or yesterday (the [DATE]).
The 14th century, my 14th attempt, the 14th floor and the 5th amendment.
The 14th century, my 14th attempt, the 14th floor and the 5th amendment.
We're away march 3-5, then March 3rd and 4th, then 3rd-5th March.
We're away [DATE], then [DATE], then [DATE].
I march every day, we may 2 go, the march 2 the sea.
I march every day, we may 2 go, the march 2 the sea.
I relapsed in 2019, 2020 was hard, my 14th relapse, I did 3-5 reps.
I relapsed in 2019, 2020 was hard, my 14th relapse, I did 3-5 reps.
Find me on twitter kz_99 or hmu on snap at kz_99; my onlyfans is kz99.
Find me on twitter [HANDLE] or hmu on snap at [HANDLE]; my onlyfans is [HANDLE].
I saw it on twitter yesterday and was on snap at 10 last night.
I saw it on twitter yesterday and was on snap at 10 last night.
Email me at kz99@gmail or maya.o@Hotmail, my gmail is full.
Email me at [EMAIL] or [EMAIL], my gmail is full.
My email is mayaokafor at gmail, or kz99 at g mail dot com; I work at yahoo.
My email is [EMAIL], or [EMAIL]; I work at yahoo.
My gmail is mayaokafor92, sc: kzz99, my tumblr is sadgirl-kz; the line is long.
My gmail is [EMAIL], sc: [HANDLE], my tumblr is [HANDLE]; the line is long.
My password is Sunshine123! but the password was wrong.
My password is [ID] but the password was wrong.
Text me on t.me/kz99 or discord.gg/abc123 e.g. tonight.
Text me on [URL] or [URL] e.g. tonight.
His car LD21 ABC followed me, my NI number is QQ 12 34 56 C and my DNI 12345678Z.
His car [PLATE] followed me, my NI number is [ID] and my DNI [ID].
The router aabb.ccdd.eeff drops out.
The router [DEVICE] drops out.
It was tyler_okafor again, set max_len to 2.
It was [HANDLE] again, set max_len to 2.
The cvv is 123 and the last four digits are 1111, over the last 4 years.
The cvv is [CARD] and the last four digits are [CARD], over the last 4 years.
My office is 555-201-3344 x204, or 555-201-3345 ext. 12, or 555.201.3346 extension 4587 today.
My office is [PHONE], or [PHONE], or [PHONE] today.
My work line is 1 (800) 555-0134 x 4412 today.
My work line is 1 [PHONE] today.
Call 555-201-3344 x 2 times, then 555-201-3345 x 20 more times.
Call [PHONE] x 2 times, then [PHONE] x 20 more times.
my cell is 773-five-five-five-0199 or 1-773-five-five-five-0198.
my cell is [PHONE] or [PHONE].
i ate five five dollar pizzas, it was 555-five, call 555-five-five.
i ate five five dollar pizzas, it was 555-five, call 555-five-five.
Call 555-201-3344 next week, not 555-201-3345 extra late.
Call [PHONE] next week, not [PHONE] extra late.
Text me at 5 5 5 2 0 1 3 3 4 4, my answers were 0 1 2 3 1 0 2 1 3.
Text me at [PHONE], my answers were 0 1 2 3 1 0 2 1 3.
My number is five five five, two oh one, three three four four; one two three, breathe.
My number is [PHONE]; one two three, breathe.
Call 555/201/3344 or (555) 201 - 3345, not 1990 - 2000.
Call [PHONE] or [PHONE], not 1990 - 2000.
We moved to Newtown NSW 2042, my pincode was 560034 and 60614 is my zip.
We moved to [ADDRESS], my pincode was [ZIP] and [ZIP] is my zip.
I took the ACT 2019 and walked 12000 steps; 2024 was my year.
I took the ACT 2019 and walked 12000 steps; 2024 was my year.
Rent goes from IBAN GB82 WEST 1234 5698 7654 32 or DE89370400440532013000 monthly.
Rent goes from IBAN [ACCOUNT] or [ACCOUNT] monthly.
My friend 김민준 said that my brother राहुल and my aunt שרה and my friend محمد came.
My friend [NAME] said that my brother [NAME] and my aunt [NAME] and my friend [NAME] came.
My therapist said שלום is a greeting and my friend group met.
My therapist said שלום is a greeting and my friend group met.
Le 14 mars 2024 et el 3 de marzo de 2023, am 14. März 2022, seit März 2021.
Le [DATE] et el [DATE], am [DATE], seit [DATE].
2024年3月14日に入院した。誕生日は３月１４日です。
[DATE]に入院した。誕生日は[DATE]です。
I ate 2 mayo packets and watched mars documentaries; 3月は大変.
I ate 2 mayo packets and watched mars documentaries; 3月は大変.
my friend 田中さん and my mother 王芳 called; 김민수씨가 왔어.
my friend [NAME]さん and my mother [NAME] called; [NAME]씨가 왔어.
I talked to 王芳 yesterday.
I talked to [NAME] yesterday.
今日は疲れた。お母さんと話した。我很难过。心理咨询。사랑해.
今日は疲れた。お母さんと話した。我很难过。心理咨询。사랑해.
I moved to chicago last year.
I moved to [LOCATION] last year.
i'm in st. paul and its cold, we moved to saint louis.
i'm in [LOCATION] and its cold, we moved to [LOCATION].
i'm in saint mode lol, we moved to st. paul's parish.
i'm in saint mode lol, we moved to [LOCATION] parish.
I go to school in boston
I go to school in [LOCATION]
i live in springfield
i live in [LOCATION]
I'm from east london, near the river.
I'm from [LOCATION], near the river.
we moved back to leeds
we moved back to [LOCATION]
I grew up in tulsa and hated it.
I grew up in [LOCATION] and hated it.
We are moving to san diego in June.
We are moving to [LOCATION] in June.
my grandma in riverton is sick and it's been rough in millbrook.
my grandma in [LOCATION] is sick and it's been rough in [LOCATION].
my grandma in the hospital, my therapist in training, she's in denial.
my grandma in the hospital, my therapist in training, she's in denial.
i'm in sadville, we were in carpool, my kid is in deadpool mode.
i'm in sadville, we were in carpool, my kid is in deadpool mode.
I'm in riverton now. My grandma's in millbrook, we're in oakbury rn.
I'm in [LOCATION] now. My grandma's in [LOCATION], we're in [LOCATION] rn.
I'm in therapy now. My mom's in heaven, I'm in sadville. He's in rehab.
I'm in therapy now. My mom's in heaven, I'm in sadville. He's in rehab.
I'm in chicago now. My grandma in boston is sick, I was in houston.
I'm in [LOCATION] now. My grandma in [LOCATION] is sick, I was in [LOCATION].
I'm in phoenix mode, I was in jackson's class. I'm in paris syndrome.
I'm in phoenix mode, I was in jackson's class. I'm in paris syndrome.
I'm in sadburg, I was in hellton. I'm in bridgerton. I'm in sleepwood.
I'm in sadburg, I was in hellton. I'm in bridgerton. I'm in sleepwood.
I'm in riverton... it's lonely. We're in millbrook: quiet.
I'm in [LOCATION]... it's lonely. We're in [LOCATION]: quiet.
I live in fear. I moved to therapy twice a week. I'm from here, back to normal.
I live in fear. I moved to therapy twice a week. I'm from here, back to normal.
I grew up in foster care, I switched to sertraline and I moved to tiktok.
I grew up in foster care, I switched to sertraline and I moved to tiktok.
Learning to live in the moment; I was born in 1990. I'm from the uk, she's from texas.
Learning to live in the moment; I was born in 1990. I'm from the uk, she's from texas.
I moved to new jersey and I ended up in leeds.
I moved to new jersey and I ended up in leeds.
My birthday is in March and my sister was born on Christmas.
My birthday is in [DATE] and my sister was born on [DATE].
In March I felt better; we march on, and the march was long.
In March I felt better; we march on, and the march was long.
since last march, and next july too, see you on the Fourteenth
since [DATE], and [DATE] too, see you on the [DATE]
Call 1-800-FLOWERS, or the lifeline 1-800-273-TALK.
Call [PHONE], or the lifeline 1-800-273-TALK.
Mail it to Box 77, we were in cabin 12; the key is in box 3.
Mail it to [ADDRESS], we were in [ADDRESS]; the key is in box 3.
I was sectioned at the Priory and discharged from the Army later.
I was sectioned at the [LOCATION] and discharged from the Army later.
I watched Sesame Street, and my uncle works on Wall Street.
I watched Sesame Street, and my uncle works on Wall Street.
We got Thai food. I speak Greek, Tagalog and Swedish; my Slovak grandma.
We got Thai food. I speak Greek, Tagalog and Swedish; my Slovak grandma.
My friend Kenyan Okafor and Maya Swiss came.
My friend [NAME] and [NAME] came.
Aetna denied it, so GoodRx and FaceTime. Allah knows; the Quran helps. Aadhaar card.
Aetna denied it, so GoodRx and FaceTime. Allah knows; the Quran helps. Aadhaar card.
Dexcom beeped. PhilHealth covers it. Rx at CVS, then the cvs on elm street.
Dexcom beeped. PhilHealth covers it. Rx at CVS, then the cvs on [ADDRESS].
PATIENT NAME: OKAFOR, MAYA A
PATIENT NAME: [NAME]
RIVERA, JAKE DOB 03/14/1961; DIAGNOSIS: ANXIETY, DEPRESSION
[NAME] DOB [DATE]; DIAGNOSIS: ANXIETY, DEPRESSION
okafor said i should rest but rivera is a river
[NAME] said i should rest but rivera is a river
mrs k said i'm fine, J. told me to call, J. is a letter and plan B is ok
mrs [NAME] said i'm fine, [NAME]. told me to call, J. is a letter and plan B is ok
my apartment is 4B, suite 210, i live in 5c.
my apartment is [ADDRESS], i live in [ADDRESS].
i'm in 5th grade, room for 2, a suite of songs, on the way, by the way.
i'm in 5th grade, room for 2, a suite of songs, on the way, by the way.
she hit 100, and at 95 he still drives; my gma turns 99 (b. 1931).
she hit [AGE], and at [AGE] he still drives; my gma turns [AGE] (b. [DATE]).
she hit 100 likes at 95% battery and scored 95.
she hit 100 likes at 95% battery and scored 95.
i'm staying at 21 harbor way, the cvs on elm street, my address is twelve elm street.
i'm staying at [ADDRESS], the cvs on [ADDRESS], my address is [ADDRESS].
Hi, I'm Maya Okafor. Hi Maya, I'm Jon. Hey, Im Kz.
Hi, I'm [NAME]. Hi [NAME], I'm [NAME]. Hey, Im [NAME].
TABLE
n=$(($(wc -l <"$TMP/table") / 2))
plan $((n + 9))
awk 'NR % 2 == 1' "$TMP/table" >"$TMP/in"
awk 'NR % 2 == 0' "$TMP/table" >"$TMP/want"
run mh-redact --mask <"$TMP/in" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "exit 0, nothing on stderr" "$rc/$(cat "$TMP/err")" "0/"
jq -r .text "$TMP/out" >"$TMP/got"
i=1
while [ $i -le $n ]; do
	is "$(sed -n "${i}p" "$TMP/in" | cut -c1-60)" \
	    "$(sed -n "${i}p" "$TMP/got")" "$(sed -n "${i}p" "$TMP/want")"
	i=$((i + 1))
done
# The same texts as JSON records, in the three shapes the reader takes
# on paths of its own (the text alone, an id after it, members around
# it): each must come out as the plain line did.  A record with
# "_Maya_" was read unfolded, and the name kept.
for shape in '{text:.}' '{id:7,text:.}' '{text:.,meta:{n:[1,2]},id:"a"}'; do
	jq -cR "$shape" "$TMP/in" | run mh-redact --mask >"$TMP/jout" 2>&1
	is "as JSON records $shape: as plain lines" \
	    "$(jq -r .text "$TMP/jout" | diff "$TMP/got" - | head -5)" ""
done
# The redact object: the field it covers, a count and, per replacement,
# type, offsets into the output text and the placeholder -- never the value.
echo 'I told Maya Lindqvist, call 555-201-3344.' |
    run mh-redact >"$TMP/o"
is "redact object" "$(jq -c .redact "$TMP/o")" \
    '{"schema":1,"field":"text","count":2,"items":[{"type":"NAME","start":7,"end":15,"placeholder":"[NAME_1]"},{"type":"PHONE","start":22,"end":31,"placeholder":"[PHONE_1]"}]}'
is "offsets point at the placeholders" \
    "$(jq -r '[.redact.items[] as $i | .text[$i.start:$i.end]] | join(" ")' "$TMP/o")" \
    "[NAME_1] [PHONE_1]"
# After a greeting "I'm" is no part of the name: one person, one
# placeholder ("I'm Maya" and a later "Maya" were two).
echo "Hi, I'm Maya Okafor. Maya Okafor is sad." | run mh-redact >"$TMP/o"
is "after Hi, I'm: the name alone, one placeholder" "$(jq -r .text "$TMP/o")" \
    "Hi, I'm [NAME_1]. [NAME_1] is sad."
# A word of chat or a greeting before a name is no part of it: one
# person, one placeholder ("Then Maya" and a later "Maya" were two).
echo "Hi, Then Maya said no. Hiya Maya, Maya is kind." | run mh-redact >"$TMP/o"
is "a chat word before a name: the name alone, one placeholder" \
    "$(jq -r .text "$TMP/o")" \
    "Hi, Then [NAME_1] said no. Hiya [NAME_1], [NAME_1] is kind."

# A long digit run before an age word (found by fuzzing): no overflow,
# which the sanitizer build (make SAN=1 check) turns into an abort.
out=$(echo '66666666666666666666666yo and 77777777777777777777777 years old' |
    run mh-redact 2>&1); rc=$?
is "a long digit run next to an age word: exit 0" "$rc" 0
