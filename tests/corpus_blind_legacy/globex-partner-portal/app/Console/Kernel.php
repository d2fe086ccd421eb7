<?php

namespace App\Console;

use Illuminate\Console\Scheduling\Schedule;
use Illuminate\Foundation\Console\Kernel as ConsoleKernel;

class Kernel extends ConsoleKernel
{
    protected $commands = [
        Commands\RefreshStockCollections::class,
    ];

    protected function schedule(Schedule $schedule)
    {
        $schedule->command('stock:refresh-collections')->dailyAt('03:15')->withoutOverlapping();
        $schedule->command('jwt:cleanup-blacklist')->weekly();
    }

    protected function commands()
    {
        $this->load(__DIR__ . '/Commands');
    }
}
