// The three incoming appeals exactly as published (shared/fixtures/appeal-*.txt), transcribed so the
// seed never reads ../shared at run time. Never edit: incoming appeals keep their original text.
// Note: the Koshe Partiyasy text contains U+2800 (braille blank) characters, as posted.

export const appealReturn201707 = `Opposition leader returns to Kazakhstan.

11 lip

Opposition leader returns to Kazakhstan.

Recently, the situation in Kazakhstan has deteriorated drastically. The opposition is  being persecuted, people are escaping from the country, the freedom of the press is restricted, and the people who dare to speak negatively about the rulers are being sent to prison.

As a result, I decided to go back to my homeland, Kazakhstan, to fight for democracy. I have been preparing to leave for some time, I wanted to make use of the Expo, during which the visas were abolished – previously the authorities blocked me crossing the border. Unfortunately, due to my mother’s death, I decided to expedite my trip to her funeral tomorrow. I last saw Mom in 2005, 12 years ago. The last time I have heard her voice was in 2008.

I am going to Kazakhstan tomorrow, on 12.07.2017.

My colleagues from the Kazakh opposition advise me to come and warn that there is a real danger that I may even be killed – as said Rozlana Taukina, the representative of the Kazakh Journalists Without Border. I am aware of the danger, but as an oppositionist I feel obliged to go and fight on the spot.

I will do everything to protect justice in society, to fight for the human rights in all areas of life. I think that the government should show people on what money from public funds is spent. I represent ordinary citizens; therefore, I am asking for support from NGOs and people. Together we will win and change the world to a better, more open and diverse place.

For many years I have been dealing with issues of respect for human rights and democratic change in post-Soviet countries.

I am the leader of Kazakhstan’s opposition abroad, since 2002, I am the President of the Association „Wspolnota Kazachska”, a Polish non-governmental „non-profit” organization working to promote and protect freedom and human rights, civil liberties and democracy development.

I work with many non-governmental organizations and social activists. I am an organizer and participant in actions supporting democratic change. I am a regular participant in the OSCE session in Warsaw, where I stand against human rights violations and restrict freedom of the press and speech.

I actively act against human rights violations and restrict freedom of the press in Kazakhstan. I defend the political prisoners and the oppressed opposition activists. I work with many non-governmental organizations and social and political activists. All my life I am indifferent to injustice and I fight for human rights.

As a Polish citizen, I turn to the authorities of the Republic of Poland for help and assistance during this difficult and dangerous mission.

Balli March

Leader of the Kazakhstan Opposition abroad

[email protected]


Tel. +48 605 039 973`;

export const appealStay201707 = `Opposition leader wants to stay in Kazakhstan.

31 lip

Opposition leader wants to stay in Kazakhstan.

Recently, the situation in Kazakhstan has deteriorated drastically. Opposition is being persecute, people are fleeing en masse from the country, freedom of the press is more and more limited, people who dare to speak negatively about the current government are going to jail. Therefore, I decided to go back to Kazakhstan, to my homeland, and to fight for democracy here.

My mother died on July 11th, 2017, and I came to Kazakhstan for the funeral by using the visa-free possibility introduced for the time of the Expo 2017. Last time I saw my mom in 2005, 12 years ago, and I heard her voice on the phone for the last time in 2008. Of course, I am sad that all these years the Kazakh authorities were not allowing me to come back to my homeland and that so many years I have not seen my mother.

My colleagues from the Kazakh opposition were discouraging me go back, warning me that the danger is a real and that I can even be killed. I am aware of the danger, but as an oppositionist I felt obliged to go back and fight here on the spot. I will try to do everything so that there is no injustice in society, that human rights will be respected in all areas of life. I believe that the government should show people where the public funds are spent.

I represent ordinary citizens, so I ask for support from NGOs and ordinary people. Together we will win and change the world for the better, open and diverse place.

I actively act against human rights violations and restricted freedom of the press in Kazakhstan. I defend the political prisoners and the oppressed opposition activists. I work with many non-governmental organizations and social and political activists. All my life I am indifferent to injustice and I fight for human rights.

I am Kazakh woman, and my father was a participant and one of the founders of the movement “Alasz”, with risking his life he fought for the independence of my country.

I turned to the authorities of Kazakhstan to grant me a residence card but did not get any response so far.

I am asking for a meeting at the earliest possible time in order to present the opposition in Kazakhstan and to talk about the possibilities of improvement of the situation in the field of human rights in Kazakhstan.

Balli Marzec

Leader of the Kazakhstan Opposition abroad

[email protected]


Tel. +7 777 394 87 18

Tel. +48 605 039 973`;

export const appealKoshePartiyasy2020 = `I, #ZHEKSEBAYEV Askhat, am one of the leaders of the peaceful opposition movement “KOSHE PARTIYASY”. Our movement has over 170 thousand people in Kazakhstan. We stand for a parliamentary republic, defense of human rights and against corruption.⠀

On 28 April 2020 I stated publicly that we plan to apply for registration of the movement «KOSHE PARTIYASY» on the whole territory of Kazakhstan.We were waiting for the quarantine to be over, in order to submit all the documents for registration in accordance with the law. However, on 19 May 2020, the Prosecutor General’s Office reported that the activities of «KOSHE PARTIYASY» were banned and declared extremist. We do not agree with such actions.⠀

I, #SULTANOV Abaybek, would like to point out that the ban and recognition of the peaceful movement «KOSHE PARTIYASY» is a violation of the Constitution of Kazakhstan and international obligations. The court on the prohibition of «KOSHE PARTIYASY» was held secretly and without our participation. We, as a group of 10 «KOSHE PARTIYASY» leaders, want to file an appeal and assert our rights. We have given proxies to our lawyers.⠀

I, #RAKHIMZHANOV Noyan, believe that the Prosecutor General’s Office, the NSC, the Ministry of Internal Affairs as repressive authorities in Kazakhstan will prevent us from obtaining documents and filing an appeal within the terms established by the law. On 22 May 2020, 13 activists of the #KOSHE_PARTIYASY movement were arbitrarily detained in Astana, who came to the Prosecutor General’s Office and asked to see the decision of the secret court. They were detained with brute force by several dozen armed #SOBR officers. Why and what for are the Kazakhstani authorities hiding this decision? All propaganda media talk about it, but do not show it to us and deprive us of the right of defense and appeal.

I, #SMAGULOV Bolat, consider the actions of the Prosecutor General’s Office, #NSC, #MIA as a direct contradiction to the declarations of the President of Kazakhstan @tokayev_online on respect for human rights, the right to peaceful assembly and association in #Kazakhstan.⠀

I, #KLYSHEV Kairat: we call on the international community to publicly condemn such actions of the authorities, as well as to join our chat room in #Telegram, to monitor that our activities are exclusively peaceful and legitimate. #Almaty`;
