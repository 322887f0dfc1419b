-- CreateEnum
CREATE TYPE "StatsEventKind" AS ENUM ('SEARCH', 'SEARCH_APPEARANCE', 'SEARCH_CLICK', 'PROFILE_VIEW', 'ENQUIRY', 'WATCHLIST_ADD');

-- CreateTable
CREATE TABLE "visitor_salt" (
    "day" DATE NOT NULL,
    "salt" TEXT NOT NULL,

    CONSTRAINT "visitor_salt_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "stats_event" (
    "id" BIGSERIAL NOT NULL,
    "kind" "StatsEventKind" NOT NULL,
    "day" DATE NOT NULL DEFAULT ((now() AT TIME ZONE 'UTC'::text))::date,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "visitor" TEXT,
    "companyId" TEXT,
    "query" TEXT,
    "locale" TEXT,
    "country" TEXT,
    "region" TEXT,
    "industry" TEXT,
    "results" INTEGER,

    CONSTRAINT "stats_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company_daily_stat" (
    "companyId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "profileViews" INTEGER NOT NULL DEFAULT 0,
    "searchAppearances" INTEGER NOT NULL DEFAULT 0,
    "searchClicks" INTEGER NOT NULL DEFAULT 0,
    "enquiries" INTEGER NOT NULL DEFAULT 0,
    "watchlistAdds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "company_daily_stat_pkey" PRIMARY KEY ("companyId","day")
);

-- CreateTable
CREATE TABLE "search_demand_daily" (
    "day" DATE NOT NULL,
    "query" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT '',
    "region" TEXT NOT NULL DEFAULT '',
    "industry" TEXT NOT NULL DEFAULT '',
    "searches" INTEGER NOT NULL,
    "visitors" INTEGER NOT NULL,
    "results" INTEGER NOT NULL,

    CONSTRAINT "search_demand_daily_pkey" PRIMARY KEY ("day","query","locale","country","region","industry")
);

-- CreateIndex
CREATE INDEX "stats_event_day_idx" ON "stats_event"("day");

-- CreateIndex
CREATE INDEX "stats_event_companyId_idx" ON "stats_event"("companyId");

-- CreateIndex
CREATE INDEX "company_daily_stat_day_idx" ON "company_daily_stat"("day");

-- CreateIndex
CREATE INDEX "search_demand_daily_day_idx" ON "search_demand_daily"("day");

-- AddForeignKey
ALTER TABLE "stats_event" ADD CONSTRAINT "stats_event_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_daily_stat" ADD CONSTRAINT "company_daily_stat_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Counting events are cheap to write and may be lost in a crash; nothing else depends on them.
ALTER TABLE "stats_event" SET UNLOGGED;
